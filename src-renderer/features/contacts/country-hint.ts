import { listCountries } from '../../../src-shared/domain/countries'
import type { CountrySuggestion } from '../../../src-shared/domain/contacts'
import { isKnownCountry } from '../../../src-shared/domain/countries'
import { plural } from '../../lib/format'

const countries = new Map(listCountries('en').map((country) => [country.code, country]))

/** What the import says when most numbers it cannot read belong to another country, and its button. */
export function countryHint(suggestion: CountrySuggestion): { text: string; action: string } {
  const country = countries.get(suggestion.country)
  const name = country?.name ?? suggestion.country
  const code = country ? ` (+${country.callingCode})` : ''
  const look = suggestion.wouldFix === 1 ? 'looks' : 'look'
  return {
    text: `${plural(suggestion.wouldFix, 'number', 'numbers')} ${look} like ${name} numbers${code}. Read this list as ${name}?`,
    action: `Read as ${name}`,
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
