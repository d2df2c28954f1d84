// Numbers as a shop owner reads them: "93%", "1 h 5 min", "United Kingdom".

/** A fraction in [0, 1] as a percentage; "—" when there is nothing to divide by. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return '—'
  if (rate === 0) return '0%'
  const percent = rate * 100
  const text = percent.toFixed(percent < 10 ? 1 : 0)
  // Rounding must not claim everything or nothing when that is not so.
  if (text === '100' && rate < 1) return '99%'
  if (Number(text) === 0 && rate > 0) return '<0.1%'
  return `${text}%`
}

/** A share of a whole, e.g. 45 of 50 → "90%"; "—" when the whole is 0. */
export function shareOf(part: number, whole: number): string {
  return whole > 0 ? formatRate(part / whole) : '—'
}

/** "8 s", "2 min", "1 h 5 min", "3 days 4 h": as precise as anyone needs for a waiting time. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—'
  if (seconds < 1) return 'under 1 s'
  if (seconds < 60) return `${Math.round(seconds)} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) {
    const rest = minutes % 60
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
  }
  const days = Math.floor(hours / 24)
  const restHours = hours % 24
  const dayWord = days === 1 ? 'day' : 'days'
  return restHours === 0 ? `${days} ${dayWord}` : `${days} ${dayWord} ${restHours} h`
}

/** "14:00" for an hour of the day. */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`
}

/** The offset from UTC as people write it: "UTC", "UTC+2", "UTC−5", "UTC+5:30". */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC'
  const sign = offsetMinutes > 0 ? '+' : '−'
  const abs = Math.abs(offsetMinutes)
  const minutes = abs % 60
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`
}

let regionNames: Intl.DisplayNames | null = null

/** "GB" → "United Kingdom"; the calling code when the country cannot be told. */
export function countryName(code: string | null, callingCode: string): string {
  const fallback = callingCode ? `Other numbers (+${callingCode})` : 'Unknown country'
  if (!code) return fallback
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })
    return regionNames.of(code) ?? code
  } catch {
    return code
  }
}

const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const dayYearLabel = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "2026-03-01" → "1 Mar" (or "1 Mar 2026"); the date is a UTC day, so it is shown as one. */
export function formatDay(date: string, withYear = false): string {
  const time = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(time)) return date
  return (withYear ? dayYearLabel : dayLabel).format(time)
}
