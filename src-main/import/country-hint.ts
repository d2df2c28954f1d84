import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { CountrySuggestion, ImportRow } from '../../src-shared/domain/contacts'
import { normalizePhone } from './phone'

// The countries most of our users' lists come from, tried in this order; a tie goes to the earlier one.
const candidates = (
  'GB US IN BR MX ID NG PK ZA KE EG SA AE TR ES FR DE IT PT NL BE IE CH AT PL AR CO CL PE VE PH MY SG TH VN ' +
  'BD CA AU NZ MA DZ GH IL RU UA'
).split(' ')

/** How many invalid numbers are tried in each country: enough to be sure, few enough to stay instant. */
const sampleSize = 200
/** Invalid numbers below this are a few typos, not a list of another country. */
const minInvalid = 3

/** Numbers written with their own country code (+44…, 0044…) are invalid whatever the list's country. */
const hasOwnCode = (raw: string): boolean => /^\s*(\+|00)/.test(raw)

/**
 * When most of the invalid numbers of a list would be valid in one other country, that country: the
 * list was probably written for it ("07911 123456" under United States). Null otherwise.
 */
export function suggestCountry(rows: readonly ImportRow[], country: string): CountrySuggestion | null {
  const invalid = rows.filter((row) => row.verdict === 'invalid' && row.phoneRaw.trim() !== '')
  const national = invalid.filter((row) => !hasOwnCode(row.phoneRaw))
  if (national.length < minInvalid || national.length * 2 < invalid.length) return null
  const step = Math.max(1, Math.floor(national.length / sampleSize))
  const sample: string[] = []
  for (let i = 0; i < national.length && sample.length < sampleSize; i += step) {
    sample.push(national[i]?.phoneRaw ?? '')
  }
  const readable = (candidate: string): number =>
    sample.reduce((n, raw) => (normalizePhone(raw, candidate).ok ? n + 1 : n), 0)
  // "Most": more than half of the numbers Herald could not read.
  const most = (valid: number): boolean => valid * 2 > sample.length
  const suggestion = (candidate: string, valid: number): CountrySuggestion => ({
    country: candidate,
    wouldFix: Math.round((valid / sample.length) * national.length),
    invalid: invalid.length,
  })
  // The countries of the numbers the list writes with their code come first: a British list with some
  // "+44 …" numbers is British, even where Italy's looser rules would read its "0161 …" numbers too.
  for (const candidate of countriesOf(rows)) {
    if (candidate === country) continue
    const valid = readable(candidate)
    if (most(valid)) return suggestion(candidate, valid)
  }
  let best: { country: string; valid: number } | null = null
  for (const candidate of candidates) {
    if (candidate === country) continue
    const valid = readable(candidate)
    if (valid > (best?.valid ?? 0)) best = { country: candidate, valid }
  }
  return best && most(best.valid) ? suggestion(best.country, best.valid) : null
}

/** The countries of the list's first valid numbers, the most frequent first. */
function countriesOf(rows: readonly ImportRow[]): string[] {
  const counts = new Map<string, number>()
  let seen = 0
  for (const row of rows) {
    if (!row.phone) continue
    const found = parsePhoneNumberFromString(row.phone)?.country
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1)
    if (++seen >= sampleSize) break
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code)
}
