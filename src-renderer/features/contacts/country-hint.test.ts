import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { countryHint, lastImportCountry, rememberImportCountry } from './country-hint'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
}

describe('countryHint', () => {
  it('names the country and its code, and offers to read the list as it', () => {
    expect(countryHint({ country: 'GB', wouldFix: 7, invalid: 7 }, translator('en'))).toEqual({
      text: '7 numbers look like United Kingdom numbers (+44). Read this list as United Kingdom?',
      action: 'Read as United Kingdom',
    })
    expect(countryHint({ country: 'GB', wouldFix: 1, invalid: 3 }, translator('en')).text).toBe(
      '1 number looks like United Kingdom numbers (+44). Read this list as United Kingdom?',
    )
  })

  it('names the country in the language of the window, and keeps +44 left to right in Arabic', () => {
    expect(countryHint({ country: 'GB', wouldFix: 1, invalid: 1 }, translator('es'), 'es').action).toBe(
      'Leer como Reino Unido',
    )
    const arabic = countryHint({ country: 'GB', wouldFix: 2, invalid: 2 }, translator('ar'), 'ar').text
    expect(arabic).toContain('المملكة المتحدة')
    expect(arabic).toContain('\u2066+44\u2069')
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
