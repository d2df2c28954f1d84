import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'

const quarterHour = 15 * 60_000
const dayMs = 86_400_000
/** Days from 1899-12-30 (a spreadsheet's day 0) to 1970-01-01. */
const spreadsheetEpochDays = 25_569

/** Instants as a person in one time zone reads them: the wall clock there, for exports. */
export type LocalClock = {
  zone: string
  /** The wall time in the zone, as milliseconds of a UTC date with the same fields; null for unreadable text. */
  wallMs(iso: string): number | null
}

/** The computer's time zone: the user's, for the command line and the tests that inject none. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

function zoneFormatter(zone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  } catch {
    throw new AppError('BAD_INPUT', phrase('reporting.timeZone.unknown', { zone }))
  }
}

/**
 * A clock for `zone`. Asking Intl for every cell of a million-row export would take seconds, so the zone's
 * offset is kept per quarter of an hour (every change of offset since 1970 falls on one).
 */
export function localClock(zone: string): LocalClock {
  const format = zoneFormatter(zone)
  const offsets = new Map<number, number>()
  const offsetAt = (bucket: number): number => {
    const cached = offsets.get(bucket)
    if (cached !== undefined) return cached
    const at = bucket * quarterHour
    const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]))
    const wall = Date.UTC(
      part.year ?? 1970,
      (part.month ?? 1) - 1,
      part.day,
      part.hour,
      part.minute,
      part.second,
    )
    if (offsets.size > 50_000) offsets.clear()
    offsets.set(bucket, wall - at)
    return wall - at
  }
  return {
    zone,
    wallMs: (iso) => {
      const instant = Date.parse(iso)
      if (Number.isNaN(instant)) return null
      const seconds = Math.floor(instant / 1000) * 1000
      return seconds + offsetAt(Math.floor(seconds / quarterHour))
    },
  }
}

const minuteMs = 60_000
// Formatting a date is slow next to the rest of a CSV row (~0.7 µs); a log's times share their minutes
const minutePrefixes = new Map<number, string>()

/** `2026-03-02 15:30:00`: the form Excel and LibreOffice read as a date and time in every language. */
export function wallText(wallMs: number): string {
  const minute = Math.floor(wallMs / minuteMs)
  let prefix = minutePrefixes.get(minute)
  if (prefix === undefined) {
    const iso = new Date(minute * minuteMs).toISOString()
    prefix = `${iso.slice(0, 10)} ${iso.slice(11, 16)}:`
    if (minutePrefixes.size >= 10_000) minutePrefixes.clear()
    minutePrefixes.set(minute, prefix)
  }
  const seconds = Math.floor((wallMs - minute * minuteMs) / 1000)
  return seconds < 10 ? `${prefix}0${seconds}` : `${prefix}${seconds}`
}

/** The spreadsheet's serial number for that wall time (days since 1899-12-30, the time as a fraction). */
export function spreadsheetSerial(wallMs: number): number {
  return wallMs / dayMs + spreadsheetEpochDays
}
