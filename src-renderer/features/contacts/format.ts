import parsePhoneNumber from 'libphonenumber-js/min'

const counts = new Intl.NumberFormat('en')
const dates = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' })

export function formatCount(value: number): string {
  return counts.format(value)
}

/** "1 duplicate", "2 duplicates". */
export function plural(value: number, one: string, many: string): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`
}

/** An E.164 number spaced the way people read it: +447700900123 → +44 7700 900123. */
export function formatPhone(e164: string | null): string {
  if (!e164) return ''
  return parsePhoneNumber(e164)?.formatInternational() ?? e164
}

export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dates.format(date)
}

/** "Customers 2024.xlsx" → "Customers 2024", the list name the user most likely wants. */
export function fileStem(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '').trim()
  return stem || fileName
}
