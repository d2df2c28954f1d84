import { describe, expect, it } from 'vitest'
import { leftToRight } from './bidi'

describe('leftToRight', () => {
  it('isolates the text as left to right, and nothing else changes', () => {
    const shown = leftToRight('+44 7700 900123')
    expect(shown.codePointAt(0)).toBe(0x2066)
    expect(shown.codePointAt(shown.length - 1)).toBe(0x2069)
    expect(shown.slice(1, -1)).toBe('+44 7700 900123')
  })

  it('keeps a number whole inside an Arabic sentence', () => {
    const sentence = `إزالة ${leftToRight('+44 7700 900123')} من القائمة؟`
    expect(sentence).toContain('\u2066+44 7700 900123\u2069')
  })
})
