import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max'
import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max'

import { cacheLibphonenumberPatterns } from './phone-speedup'

cacheLibphonenumberPatterns()

/** Why a number was refused, as a code with its values: worded for the window by ./phone-refusals.ts. */
export type PhoneRefusal =
  | { kind: 'empty' | 'notANumber' | 'noCountryCode' | 'tooShort' | 'tooLong' }
  | { kind: 'excelShortened'; params: { number: string } }
  | { kind: 'badCountryCode'; params: { prefix: string } }
  | { kind: 'invalidForCode'; params: { callingCode: string } }
  | { kind: 'invalidForCountry'; params: { country: string; countryCode: string; callingCode: string } }

/** A refusal keeps its sentence in English (the CLI, the log) and its code (the window's language). */
export type PhoneResult =
  { ok: true; e164: string; repaired: boolean } | { ok: false; reason: string; refusal: PhoneRefusal }

// Checking a number costs ~10 µs even with compiled patterns: the list is analysed
// again each time the user changes a column or the country, and those runs come from this cache
const cache = new Map<string, PhoneResult>()
const cacheLimit = 300_000

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

// Spaces of every width, dots, dashes of every kind, brackets and slashes are how people group digits
const formatting = /[\s\u00a0\u2000-\u200f\u202f\u2060\ufeff.\-\u2010-\u2015()[\]/]/g
const linkPrefix =
  /^(?:tel:|callto:|whatsapp:|(?:https?:\/\/)?(?:wa\.me\/|api\.whatsapp\.com\/send\/?\?phone=))/i
const extension = /(?:;\s*ext=|\s*(?:ext\.?|extn\.?|extension|x|#)\s*)\d{1,7}\s*$/i
const excelExponent = /^\+?\d+(?:[.,]\d+)?e\+?\d+$/i
const excelDecimal = /^(\+?\d+)\.0+$/
const letters = /\p{L}/u
const nonAsciiDigits = /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g
const severalNumbers = /[,;|\n/]|\s(?:or|o|ou|oder)\s/i

function asciiDigits(text: string): string {
  return text.replace(nonAsciiDigits, (d) => {
    const code = d.charCodeAt(0)
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660
    return String(code - zero)
  })
}

function countryName(country: string): string {
  return regionNames.of(country) ?? country
}

/** Removes what is not part of the number: link prefixes, extensions, Excel's ".0", the "(0)" of "+44 (0)20". */
function compact(raw: string): string {
  let text = asciiDigits(raw.trim()).replace(linkPrefix, '')
  text = text.replace(extension, '').replace(/\(0\)/g, '')
  const decimal = excelDecimal.exec(text.trim())
  if (decimal?.[1] !== undefined) text = decimal[1]
  return text.replace(formatting, '')
}

/** The readings worth trying, most likely first: as written, then as an international number without its +. */
function readings(digits: string): string[] {
  if (digits.startsWith('+')) return [digits]
  const out = [digits]
  if (digits.startsWith('00')) out.push('+' + digits.slice(2))
  if (digits.startsWith('011')) out.push('+' + digits.slice(3))
  if (!digits.startsWith('0')) out.push('+' + digits)
  return out
}

/** Numbers that were right before a numbering plan changed and that people still write the old way. */
function planRepairs(p: PhoneNumber): string[] {
  const nn = p.nationalNumber
  if (p.countryCallingCode === '55' && nn.length === 10 && /^[1-9]{2}[6-9]/.test(nn)) {
    // Brazil added a 9 in front of every mobile number (2012–2016)
    return [`+55${nn.slice(0, 2)}9${nn.slice(2)}`]
  }
  if (p.countryCallingCode === '52') {
    // Mexico dropped the mobile "1" after +52 and the 044/045 prefixes in 2019
    if (nn.length === 11 && nn.startsWith('1')) return [`+52${nn.slice(1)}`]
    if (nn.length === 13 && /^04[45]/.test(nn)) return [`+52${nn.slice(3)}`]
  }
  return []
}

function findValid(digits: string, country: CountryCode | undefined): string | null {
  const parsed: PhoneNumber[] = []
  for (const text of readings(digits)) {
    const p = parsePhoneNumberFromString(text, country)
    if (!p) continue
    if (p.isValid()) return p.number
    parsed.push(p)
  }
  for (const p of parsed) {
    for (const text of planRepairs(p)) {
      const fixed = parsePhoneNumberFromString(text)
      if (fixed?.isValid()) return fixed.number
    }
  }
  return null
}

type Refused = Extract<PhoneResult, { ok: false }>

// The English of each refusal; the catalogue's importing.phone.* say the same (phone.test.ts checks both).
function refused(refusal: PhoneRefusal): Refused {
  return { ok: false, reason: englishOf(refusal), refusal }
}

function englishOf(refusal: PhoneRefusal): string {
  switch (refusal.kind) {
    case 'empty':
      return 'No phone number'
    case 'notANumber':
      return 'Not a phone number'
    case 'noCountryCode':
      return 'No country code: add one (for example +44), or choose the country of this list'
    case 'tooShort':
      return 'Too short to be a phone number'
    case 'tooLong':
      return 'Too long to be a phone number'
    case 'excelShortened':
      return `Excel shortened this number (${refusal.params.number}); format the column as Text and type the full number again`
    case 'badCountryCode':
      return `Invalid country code: no country's numbers start with ${refusal.params.prefix}`
    case 'invalidForCode':
      return `Not a valid number for country code +${refusal.params.callingCode}`
    case 'invalidForCountry':
      return `Not a valid number for ${refusal.params.country} (+${refusal.params.callingCode})`
  }
}

function invalidFor(p: PhoneNumber | undefined, country: CountryCode | undefined): Refused {
  const region =
    p?.country ??
    (p && country && getCountryCallingCode(country) !== p.countryCallingCode ? undefined : country)
  const callingCode = p?.countryCallingCode ?? (country ? getCountryCallingCode(country) : '')
  if (!region) return refused({ kind: 'invalidForCode', params: { callingCode } })
  return refused({
    kind: 'invalidForCountry',
    params: { country: countryName(region), countryCode: region, callingCode },
  })
}

/** Why the number was refused, judged on the reading the user most likely meant. */
function refusalFor(digits: string, country: CountryCode | undefined): Refused {
  const intl = digits.startsWith('+') ? digits : /^00[1-9]/.test(digits) ? '+' + digits.slice(2) : null
  const text = intl ?? digits
  const length = validatePhoneNumberLength(text, country)
  if (length === 'INVALID_COUNTRY') {
    if (!intl) return refused({ kind: 'noCountryCode' })
    return refused({ kind: 'badCountryCode', params: { prefix: intl.slice(0, 4) } })
  }
  if (length === 'TOO_SHORT') return refused({ kind: 'tooShort' })
  if (length === 'TOO_LONG') return refused({ kind: 'tooLong' })
  if (length === 'NOT_A_NUMBER') return refused({ kind: 'notANumber' })
  return invalidFor(parsePhoneNumberFromString(text, country), country)
}

function normalizeOne(raw: string, country: CountryCode | undefined): PhoneResult {
  const trimmed = raw.trim()
  if (trimmed === '') return refused({ kind: 'empty' })
  if (excelExponent.test(trimmed)) return refused({ kind: 'excelShortened', params: { number: trimmed } })
  const digits = compact(trimmed)
  if (digits === '') return refused({ kind: 'empty' })
  if (letters.test(digits) || !/^\+?\d+$/.test(digits)) return refused({ kind: 'notANumber' })
  const e164 = findValid(digits, country)
  if (e164 === null) return refusalFor(digits, country)
  return { ok: true, e164, repaired: wasRepaired(trimmed, e164) }
}

/** Whether Herald changed more than spacing, punctuation and a link prefix to read the number as e164. */
export function wasRepaired(raw: string, e164: string): boolean {
  return e164 !== raw.trim().replace(linkPrefix, '').replace(formatting, '')
}

/** A cell with two numbers ("07700 900123 / 07700 900456"): the first valid one is used. */
function firstOfSeveral(raw: string, country: CountryCode | undefined): PhoneResult | null {
  const parts = raw.split(severalNumbers).filter((part) => /\d{6}/.test(part.replace(formatting, '')))
  if (parts.length < 2) return null
  for (const part of parts) {
    const result = normalizeOne(part, country)
    if (result.ok) return { ok: true, e164: result.e164, repaired: true }
  }
  return null
}

/**
 * Turns a phone number as people write it into E.164 (+447700900123), for the country of the list when
 * the number has no country code. Refusals carry a sentence the user can act on.
 */
export function normalizePhone(raw: string, country: string): PhoneResult {
  const cacheKey = `${country}\u0000${raw}`
  const cached = cache.get(cacheKey)
  if (cached) return cached
  const region = isSupportedCountry(country) ? country : undefined
  let result = normalizeOne(raw, region)
  if (!result.ok && severalNumbers.test(raw)) result = firstOfSeveral(raw, region) ?? result
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(cacheKey, Object.freeze(result))
  return result
}

/** The country's English name and calling code, or null for a code that is no country's. */
export function countryParts(
  country: string,
): { country: string; countryCode: string; callingCode: string } | null {
  if (!isSupportedCountry(country)) return null
  return { country: countryName(country), countryCode: country, callingCode: getCountryCallingCode(country) }
}

/** The country's name and calling code as the user knows them: "United Kingdom (+44)". */
export function describeCountry(country: string): string {
  const parts = countryParts(country)
  return parts ? `${parts.country} (+${parts.callingCode})` : country
}
