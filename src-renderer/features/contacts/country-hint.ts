import type { CountrySuggestion } from '../../../src-shared/domain/contacts'
import { isKnownCountry, listCountries } from '../../../src-shared/domain/countries'
import type { Country } from '../../../src-shared/domain/countries'
import { isRightToLeft } from '../../../src-shared/i18n/locales'
import type { Locale } from '../../../src-shared/i18n/locales'
import type { Translate } from '../../i18n/use-t'
import { leftToRight } from '../../lib/bidi'

const named = new Map<Locale, Country[]>()

/** Every country, named and sorted in the window's language (worked out once per language). */
export function countriesIn(locale: Locale): Country[] {
  let countries = named.get(locale)
  if (!countries) {
    countries = listCountries(locale)
    named.set(locale, countries)
  }
  return countries
}

/**
 * What the import says when most numbers it cannot read belong to another country, and its button, with
 * the country named in the window's language.
 */
export function countryHint(
  suggestion: CountrySuggestion,
  t: Translate,
  locale: Locale = 'en',
): { text: string; action: string } {
  const country = countriesIn(locale).find((c) => c.code === suggestion.country)
  const name = country?.name ?? suggestion.country
  // "+44" stays as it is written inside right-to-left words.
  const code = country ? `+${country.callingCode}` : suggestion.country
  const callingCode = isRightToLeft(locale) ? leftToRight(code) : code
  return {
    text: t('contacts.countryHint.text', { count: suggestion.wouldFix, country: name, callingCode }),
    action: t('contacts.countryHint.action', { country: name }),
  }
}

type CountryStore = Pick<Storage, 'getItem' | 'setItem'>

const storageKey = 'herald.import.lastCountry'

const browserStorage = (): CountryStore | null => {
  try {
    return globalThis.localStorage ?? null
  } catch {
    // A page whose storage is blocked simply remembers nothing.
    return null
  }
}

/**
 * The country the user last chose for an import's numbers, offered first next time: someone whose lists
 * are British keeps choosing United Kingdom otherwise. Null when none was chosen (the Settings default).
 */
export function lastImportCountry(storage: CountryStore | null = browserStorage()): string | null {
  const stored = storage?.getItem(storageKey) ?? null
  return stored && isKnownCountry(stored) ? stored : null
}

export function rememberImportCountry(
  country: string,
  storage: CountryStore | null = browserStorage(),
): void {
  if (isKnownCountry(country)) storage?.setItem(storageKey, country)
}
