import type { Waiting } from './campaigns'

/** What the words of a wait may need beyond the wait itself. */
export type WaitingContext = {
  /** Epoch ms; "in 9 h 4 min" and "tomorrow" are counted from it. */
  now: number
  /** The zone the user reads times in; the computer's own when left out. */
  timeZone?: string
  /** The campaign's batch size, for "after 20 messages". */
  batchSize?: number
  /** The warm-up's daily cap today, for "50 a day for now". */
  warmUpDailyCap?: number
  /** The other campaigns sharing the number's budget. */
  sharing?: readonly string[]
}

const MINUTE = 60_000
const clocks = new Map<string, Intl.DateTimeFormat>()

function clockIn(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? ''
  let format = clocks.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
    clocks.set(key, format)
  }
  return format
}

/** The local day (as a day number) and the "HH:MM" and weekday of a moment. */
function local(at: number, timeZone: string | undefined): { day: number; time: string; weekday: string } {
  const part: Record<string, string> = {}
  for (const p of clockIn(timeZone).formatToParts(at)) part[p.type] = p.value
  const day = Date.UTC(Number(part.year), Number(part.month) - 1, Number(part.day)) / (24 * 60 * MINUTE)
  return { day, time: `${part.hour}:${part.minute}`, weekday: part.weekday ?? '' }
}

/** "9 h 4 min", "25 min", "40 s". */
export function durationWords(ms: number): string {
  if (ms < MINUTE) return `${Math.max(1, Math.ceil(ms / 1000))} s`
  const minutes = Math.round(ms / MINUTE)
  const hours = Math.floor(minutes / 60)
  if (hours === 0) return `${minutes} min`
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`
}

/**
 * "in 25 s" when it is that close, "at 14:32" within a few hours (past midnight too), then "tomorrow 09:00"
 * or "Sun 09:00".
 */
function nextWords(until: number, { now, timeZone }: WaitingContext): string {
  if (until - now < 2 * MINUTE) return `in ${durationWords(until - now)}`
  const then = local(until, timeZone)
  const days = then.day - local(now, timeZone).day
  if (days <= 0 || until - now < 3 * 60 * MINUTE) return `at ${then.time}`
  return days === 1 ? `tomorrow ${then.time}` : `${then.weekday} ${then.time}`
}

/**
 * Why a campaign is waiting, in one calm line the live view and `herald campaign status` both show:
 * "Waiting for sending hours — opens 09:00 in the recipients' time (in 9 h 4 min)".
 */
export function waitingWords(waiting: Waiting, context: WaitingContext): string {
  const until = Date.parse(waiting.until)
  const next = nextWords(until, context)
  switch (waiting.reason) {
    case 'window':
      return `Waiting for sending hours — opens ${waiting.opensAt ?? next} in the recipients’ time (in ${durationWords(until - context.now)})`
    case 'batch_pause':
      return context.batchSize
        ? `Short break after ${context.batchSize} messages — sending again ${next}`
        : `Short break between batches — sending again ${next}`
    case 'hourly_cap':
      return `Hourly limit reached — next ${next}`
    case 'daily_cap':
      return `Daily limit reached — next ${next}`
    case 'warm_up':
      return context.warmUpDailyCap
        ? `Warming up this number: ${context.warmUpDailyCap} a day for now — next ${next}`
        : `Warming up this number — next ${next}`
    case 'shared_budget':
      return context.sharing && context.sharing.length > 0
        ? `Sharing this number with ${context.sharing.map((n) => `“${n}”`).join(', ')} — next ${next}`
        : `Another campaign on this number just sent — next ${next}`
    case 'pace':
      return `Pausing between messages, as a person would — next ${next}`
  }
}
