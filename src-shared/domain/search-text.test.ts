import { describe, expect, it } from 'vitest'
import { contactSearchText, foldForSearch } from './search-text'

describe('foldForSearch', () => {
  it('takes accents and case off, whether the text came composed or decomposed', () => {
    expect(foldForSearch('Núñez')).toBe('nunez')
    expect(foldForSearch('NÚÑEZ')).toBe('nunez')
    expect(foldForSearch('Nu\u0301n\u0303ez')).toBe('nunez')
    expect(foldForSearch('Zoë Ångström')).toBe('zoe angstrom')
    expect(foldForSearch('Ελένη')).toBe('ελενη')
  })

  it("keeps other scripts' letters, and drops only Arabic's optional vowel marks", () => {
    expect(foldForSearch('مُحَمَّد')).toBe('محمد')
    expect(foldForSearch('अनीता शर्मा')).toBe('अनीता शर्मा')
    expect(foldForSearch('李小龍')).toBe('李小龍')
  })

  it("joins a contact's name and fields, one a line", () => {
    expect(contactSearchText('Café', ['Málaga', ''])).toBe('cafe\nmalaga\n')
    expect(contactSearchText(null, ['York'])).toBe('\nyork')
  })
})
