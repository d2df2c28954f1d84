// Every figure, share, duration, date and phone number on screen goes through here: one rule per kind of
// value, so two screens never show the same thing two ways. Figures, dates and the few words here (units of
// time and size, "Unknown country") follow the window's language; times are the user's own unless a caller (a test)
// names a zone.
import { createIntl } from '@formatjs/intl'
import parsePhoneNumber from 'libphonenumber-js/min'
import type { Locale } from '../../src-shared/i18n/locales'
import { durationPhrase, sizePhrase } from '../../src-shared/i18n/measures'
import { flatParams } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
// This module's own words, imported as they are (no bundler magic: e2e specs import this module under Node)
import ar from '../../src-shared/i18n/messages/ar/format.json'
import en from '../../src-shared/i18n/messages/en/format.json'
import es from '../../src-shared/i18n/messages/es/format.json'
import fr from '../../src-shared/i18n/messages/fr/format.json'
import hi from '../../src-shared/i18n/messages/hi/format.json'
import id from '../../src-shared/i18n/messages/id/format.json'
import ptBR from '../../src-shared/i18n/messages/pt-BR/format.json'

// The window's language (i18n/i18n-provider.tsx sets it before anything renders). English keeps the
// British order of dates people read at a glance: "3 Mar 2026", "3 Mar, 14:20".
let numbersLocale = 'en'
let datesLocale = 'en-GB'
let counts = new Intl.NumberFormat(numbersLocale)
// The words of format.json in the window's language: "8 s", "3 días 4 h"
const catalogue: Record<Locale, Record<string, string>> = { en, es, 'pt-BR': ptBR, fr, id, hi, ar }
const wordsIn = (locale: Locale): ReturnType<typeof createIntl> =>
  createIntl({ locale, defaultLocale: 'en', messages: { ...en, ...catalogue[locale] } })
let words = wordsIn('en')
const say = (key: string, values?: Record<string, number | string>): string =>
  words.formatMessage({ id: key }, values)
// A size or a duration: the rule the main process nests in its sentences (src-shared/i18n/measures.ts)
const sayMeasure = (said: Phrase): string => say(said.key, flatParams(said.params, sayMeasure))

/** Figures, dates and country names from now on in `locale`'s way ("1.234" in Spanish, Arabic digits…). */
export function setFormatLocale(locale: string): void {
  const next = locale === 'en' ? 'en' : locale
  if (next === numbersLocale) return
  numbersLocale = next
  datesLocale = locale === 'en' ? 'en-GB' : locale
  counts = new Intl.NumberFormat(numbersLocale)
  words = wordsIn(locale in catalogue ? (locale as Locale) : 'en')
  formats.clear()
  percents.clear()
  regionNames = null
}

/** "1,234". */
export function formatCount(value: number): string {
  return counts.format(value)
}

/** "1 duplicate", "2 duplicates". */
export function plural(value: number, one: string, many: string): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`
}

/**
 * A fraction as a percentage: whole percents from 10% up, one decimal below it (where a point is worth
 * reading: opt-outs, failures); "—" when there is nothing to divide by. Rounding never claims all or
 * nothing when that is not so: only 1 reads "100%" (0.996 is "99%") and only 0 reads "0%" (0.0004 is
 * "<0.1%").
 */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  if (rate === 0) return percentIn(0, 0)
  const percent = rate * 100
  const digits = percent < 9.95 ? 1 : 0
  const rounded = Number(percent.toFixed(digits))
  if (rounded === 100 && rate < 1) return percentIn(0.99, 0)
  if (rounded === 0 && rate > 0) return `<${percentIn(0.001, 1)}`
  return percentIn(rounded / 100, digits)
}

// "7.3%" in English, "7,3 %" in Spanish and French: the language's own percent, with this many decimals
const percents = new Map<number, Intl.NumberFormat>()
function percentIn(value: number, digits: number): string {
  let format = percents.get(digits)
  if (!format) {
    const options = {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    } as const
    format = new Intl.NumberFormat(numbersLocale, options)
    percents.set(digits, format)
  }
  return format.format(value)
}

/** A share of a whole, e.g. 45 of 50 → "90%"; "—" when the whole is 0. */
export function shareOf(part: number, whole: number): string {
  return whole > 0 ? formatPercent(part / whole) : '—'
}

/** "8 s", "2 min", "1 h 5 min", "3 days 4 h": as precise as anyone needs for a waiting time. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—'
  return sayMeasure(durationPhrase(seconds))
}

/** "900 bytes", "340 KB", "1.2 MB" ("1,2 Mo" in French): how big a file is, in the units people know. */
export function formatFileSize(bytes: number): string {
  return sayMeasure(sizePhrase(bytes))
}

/** An E.164 number spaced the way people read it: +447700900123 → +44 7700 900123. */
export function formatPhone(e164: string | null): string {
  if (!e164) return ''
  return parsePhoneNumber(e164)?.formatInternational() ?? e164
}

let regionNames: Intl.DisplayNames | null = null

/** "GB" → "United Kingdom"; the calling code when the country cannot be told. */
export function countryName(code: string | null, callingCode: string): string {
  const fallback = callingCode
    ? say('format.country.otherNumbers', { callingCode })
    : say('format.country.unknown')
  if (!code) return fallback
  try {
    regionNames ??= new Intl.DisplayNames([numbersLocale], { type: 'region' })
    return regionNames.of(code) ?? code
  } catch {
    return code
  }
}

const twoDigits = (n: number): string => String(n).padStart(2, '0')

/** "09:30" for a minute of the day (570), "14:00" for a whole hour. */
export function formatTimeOfDay(minutes: number): string {
  const minute = ((Math.round(minutes) % 1440) + 1440) % 1440
  return `${twoDigits(Math.floor(minute / 60))}:${twoDigits(minute % 60)}`
}

/** "14:00" for an hour of the day. */
export function formatHour(hour: number): string {
  return formatTimeOfDay(hour * 60)
}

/** The offset from UTC as people write it: "UTC", "UTC+2", "UTC−5", "UTC+5:30". */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC'
  const sign = offsetMinutes > 0 ? '+' : '−'
  const abs = Math.abs(offsetMinutes)
  const minutes = abs % 60
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? `:${twoDigits(minutes)}` : ''}`
}

// Dates and times, in the British order people read at a glance: "3 Mar 2026", "3 Mar, 14:20", "Tue 14:20".

/** The zone to show a moment in; the computer's own when not given. */
export type InZone = { timeZone?: string }

const patterns = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  dateTimeYear: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  weekdayTime: { weekday: 'short', hour: '2-digit', minute: '2-digit' },
  clock: { hour: '2-digit', minute: '2-digit' },
  clockSeconds: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  day: { day: 'numeric', month: 'short' },
  weekdayLong: { weekday: 'long' },
  weekdayShort: { weekday: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

const formats = new Map<string, Intl.DateTimeFormat>()

function formatIn(pattern: keyof typeof patterns, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${pattern}|${timeZone ?? ''}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(datesLocale, { ...patterns[pattern], timeZone })
    formats.set(key, format)
  }
  return format
}

function parsed(iso: string): Date | null {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The day of a moment: "3 Mar 2026". Text that is not a date is shown as it is. */
export function formatDate(iso: string, { timeZone }: InZone = {}): string {
  const date = parsed(iso)
  return date ? formatIn('date', timeZone).format(date) : iso
}

/** A moment: "3 Mar, 14:20", or "3 Mar 2026, 14:20" where it may be read in another year (reports, backups). */
export function formatDateTime(
  iso: string,
  { timeZone, withYear }: InZone & { withYear?: boolean } = {},
): string {
  const date = parsed(iso)
  return date ? formatIn(withYear ? 'dateTimeYear' : 'dateTime', timeZone).format(date) : iso
}

/** The time of a moment: "14:20", or "14:20:05". */
export function formatClock(iso: string, { timeZone, seconds }: InZone & { seconds?: boolean } = {}): string {
  const date = parsed(iso)
  return date ? formatIn(seconds ? 'clockSeconds' : 'clock', timeZone).format(date) : iso
}

/** "Tue 14:20" within the coming week, "3 Jun, 14:20" beyond it: how people say when something happens. */
export function formatWhen(
  iso: string,
  { timeZone, now = Date.now() }: InZone & { now?: number } = {},
): string {
  const date = parsed(iso)
  if (!date) return iso
  const days = (date.getTime() - now) / 86_400_000
  return formatIn(days > -1 && days < 6 ? 'weekdayTime' : 'dateTime', timeZone).format(date)
}

/** "2026-03-01" → "1 Mar" (or "1 Mar 2026"); the date is a UTC day, so it is shown as one, in any zone. */
export function formatDay(date: string, { withYear }: { withYear?: boolean } = {}): string {
  const time = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(time)) return date
  return formatIn(withYear ? 'date' : 'day', 'UTC').format(time)
}

/** A day of the week by its number (0 = Sunday): "Monday", or "Mon" when short. */
export function formatWeekday(weekday: number, { short }: { short?: boolean } = {}): string {
  // 1 March 2026 was a Sunday; the name is of a UTC day, so the zone never moves it
  return formatIn(short ? 'weekdayShort' : 'weekdayLong', 'UTC').format(Date.UTC(2026, 2, 1 + weekday))
}
