import { getCountries, getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/min'
import type { CountryCode } from 'libphonenumber-js/min'

export type Country = { code: string; name: string; callingCode: string }

export function isKnownCountry(code: string): boolean {
  return isSupportedCountry(code)
}

function countryName(code: string, names: Intl.DisplayNames | null): string {
  return names?.of(code) ?? code
}

/** Every country WhatsApp numbers can belong to, sorted by name in the given language. */
export function listCountries(locale = 'en'): Country[] {
  const names =
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null
  return getCountries()
    .map((code: CountryCode) => ({
      code,
      name: countryName(code, names),
      callingCode: getCountryCallingCode(code),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}

/** The region of a locale such as "en-GB" or "pt_BR", when it is a country we know. */
export function countryFromLocale(locale: string | undefined): string | null {
  const region = locale
    ?.replace('_', '-')
    .split('-')
    .find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part))
  const code = region?.toUpperCase()
  return code && isKnownCountry(code) ? code : null
}
