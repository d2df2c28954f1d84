import type { ScheduleTiming, Weekday } from '../../src-shared/domain/report-schedules'
import { weekdays } from '../../src-shared/domain/report-schedules'

const minuteMs = 60_000
const dayMs = 86_400_000

/** A date and time on the wall clock of a zone. */
export type Wall = { year: number; month: number; day: number; hour: number; minute: number }

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterOf(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, format)
  }
  return format
}

/** The wall clock of `zone` at `instant` (whole seconds). */
export function wallOf(zone: string, instant: number): Wall & { second: number } {
  const parts = formatterOf(zone).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  }
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(zone: string, instant: number): number {
  const w = wallOf(zone, instant)
  const whole = Math.floor(instant / 1000) * 1000
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole
}

/**
 * The instant the wall clock of `zone` shows this date and time. A time the clock skips (the night it
 * springs forward) is the first minute after the jump (02:30 → 03:00); a time it shows twice (the night it
 * falls back) is the first of the two.
 */
export function instantOf(zone: string, wall: Wall): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  const before = offsetAt(zone, asUtc - dayMs)
  const after = offsetAt(zone, asUtc + dayMs)
  const shown = [before, after]
    .map((offset) => asUtc - offset)
    .filter((instant) => offsetAt(zone, instant) === asUtc - instant)
  if (shown.length > 0) return Math.min(...shown)
  // Skipped: the clock jumps between these two instants; the first minute on the new offset is the jump.
  let lo = asUtc - after
  let hi = asUtc - before
  while (hi - lo > minuteMs) {
    const mid = lo + Math.floor((hi - lo) / 2 / minuteMs) * minuteMs
    if (offsetAt(zone, mid) === after) hi = mid
    else lo = mid
  }
  return hi
}

const weekdayOfUtc = (utcDay: Date): Weekday => weekdays[(utcDay.getUTCDay() + 6) % 7]!

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

function runsOn(timing: ScheduleTiming, date: Date): boolean {
  if (timing.frequency === 'weekly') return weekdayOfUtc(date) === timing.weekday
  if (timing.frequency === 'monthly') {
    const last = daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1)
    return date.getUTCDate() === Math.min(timing.monthDay ?? 1, last)
  }
  return true
}

/** The first time the schedule is due strictly after `after`, in the wall clock of `zone`. */
export function nextDue(timing: ScheduleTiming, after: number, zone: string): number {
  const from = wallOf(zone, after)
  const [hour = 0, minute = 0] = timing.time.split(':').map(Number)
  // From the day before: a time skipped late in the evening can fall after midnight
  for (let offset = -1; offset <= 400; offset += 1) {
    const date = new Date(Date.UTC(from.year, from.month - 1, from.day + offset))
    if (!runsOn(timing, date)) continue
    const due = instantOf(zone, {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour,
      minute,
    })
    if (due > after) return due
  }
  throw new Error(`No time within a year for the schedule ${JSON.stringify(timing)}`)
}

/** How far back missed times are counted one by one; beyond it the count is a floor. */
const countBackMs = 400 * dayMs

/**
 * The times due after `since` up to `until` (inclusive): how many (at least; those more than a year before
 * `until` are not all counted), the first and the last.
 */
export function duesBetween(
  timing: ScheduleTiming,
  since: number,
  until: number,
  zone: string,
): { count: number; first: number | null; last: number | null } {
  const first = nextDue(timing, since, zone)
  if (first > until) return { count: 0, first: null, last: null }
  let count = 1
  let last = first
  for (let due = nextDue(timing, Math.max(first, until - countBackMs), zone); due <= until;) {
    count += 1
    last = due
    due = nextDue(timing, due, zone)
  }
  return { count, first, last }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** `2026-03-02-0900`: the local date and time for a file name (no colon, which Windows refuses). */
export function fileStamp(zone: string, instant: number): string {
  const w = wallOf(zone, instant)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}-${pad(w.hour)}${pad(w.minute)}`
}

/** `2026-03-02 09:00`: the local date and time, for the command line. */
export function localText(zone: string, instant: number): string {
  const w = wallOf(zone, instant)
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`
}
