import { describe, expect, it } from 'vitest'
import { countryHint, lastImportCountry, rememberImportCountry } from './country-hint'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
}

describe('countryHint', () => {
  it('names the country and its code, and offers to read the list as it', () => {
    expect(countryHint({ country: 'GB', wouldFix: 7, invalid: 7 })).toEqual({
      text: '7 numbers look like United Kingdom numbers (+44). Read this list as United Kingdom?',
      action: 'Read as United Kingdom',
    })
  })
})

describe('the country chosen last time', () => {
  it('is remembered for the next import', () => {
    const storage = memoryStorage()
    expect(lastImportCountry(storage)).toBeNull()
    rememberImportCountry('GB', storage)
    expect(lastImportCountry(storage)).toBe('GB')
  })

  it('ignores what is not a country, and a page without storage', () => {
    const storage = memoryStorage()
    rememberImportCountry('XX', storage)
    expect(lastImportCountry(storage)).toBeNull()
    storage.setItem('herald.import.lastCountry', 'nonsense')
    expect(lastImportCountry(storage)).toBeNull()
    expect(lastImportCountry(null)).toBeNull()
  })
})
