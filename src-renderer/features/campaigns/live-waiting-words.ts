import type { Waiting } from '../../../src-shared/domain/campaigns'
import type { Translate } from '../../i18n/use-t'
import { formatClock, formatDuration, formatWhen } from '../../lib/format'
import { quoted } from './names'

/** What the words of a wait may need beyond the wait itself (as src-shared/domain/waiting-words.ts). */
export type WaitingContext = {
  /** Epoch ms; "in 9 h 4 min" and "tomorrow" are counted from it. */
  now: number
  /** The zone the user reads times in; the computer's own when left out. */
  timeZone?: string
  batchSize?: number
  warmUpDailyCap?: number
  sharing?: readonly string[]
}

const MINUTE = 60_000

/** The local calendar day of a moment, as a number that goes up by one a day. */
function dayOf(at: number, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone,
  })
  const part: Record<string, string> = {}
  for (const p of parts.formatToParts(at)) part[p.type] = p.value
  return Date.UTC(Number(part.year), Number(part.month) - 1, Number(part.day)) / (24 * 60 * MINUTE)
}

/** "in 25 s" when it is that close, "at 14:32" within a few hours, then "tomorrow 09:00" or "Sun 09:00". */
function nextWords(t: Translate, until: number, { now, timeZone }: WaitingContext): string {
  if (until - now < 2 * MINUTE)
    return t('campaigns.waiting.next.in', { duration: formatDuration((until - now) / 1000) })
  const time = formatClock(new Date(until).toISOString(), timeZone ? { timeZone } : {})
  const days = dayOf(until, timeZone) - dayOf(now, timeZone)
  if (days <= 0 || until - now < 3 * 60 * MINUTE) return t('campaigns.waiting.next.at', { time })
  if (days === 1) return t('campaigns.waiting.next.tomorrow', { time })
  return formatWhen(new Date(until).toISOString(), { now, ...(timeZone ? { timeZone } : {}) })
}

/**
 * Why a campaign is waiting, in one calm line: "Waiting for sending hours — opens 09:00 in the recipients'
 * time (in 9 h 4 min)". The renderer's words for the wait the engine reports by reason.
 */
export function waitingLine(t: Translate, waiting: Waiting, context: WaitingContext): string {
  const until = Date.parse(waiting.until)
  const next = nextWords(t, until, context)
  switch (waiting.reason) {
    case 'window':
      return t('campaigns.waiting.window', {
        opens: waiting.opensAt ?? next,
        duration: formatDuration((until - context.now) / 1000),
      })
    case 'batch_pause':
      return context.batchSize
        ? t('campaigns.waiting.batchPause', { count: context.batchSize, next })
        : t('campaigns.waiting.batchPauseAny', { next })
    case 'hourly_cap':
      return t('campaigns.waiting.hourlyCap', { next })
    case 'daily_cap':
      return t('campaigns.waiting.dailyCap', { next })
    case 'warm_up':
      return context.warmUpDailyCap
        ? t('campaigns.waiting.warmUp', { daily: context.warmUpDailyCap, next })
        : t('campaigns.waiting.warmUpAny', { next })
    case 'shared_budget':
      return context.sharing && context.sharing.length > 0
        ? t('campaigns.waiting.sharedBudget', { names: quoted(t, context.sharing), next })
        : t('campaigns.waiting.sharedBudgetAny', { next })
    case 'pace':
      return t('campaigns.waiting.pace', { next })
  }
}
