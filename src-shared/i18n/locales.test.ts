import { describe, expect, it } from 'vitest'
import { matchLocale, resolveLocale } from './locales'

describe('the language Herald shows', () => {
  it('follows the computer when it speaks that language, else English', () => {
    expect(matchLocale(['es-MX', 'en-US'])).toBe('es')
    expect(matchLocale(['pt-PT'])).toBe('pt-BR')
    expect(matchLocale(['pt-br'])).toBe('pt-BR')
    expect(matchLocale(['de-DE', 'fr-CA'])).toBe('fr')
    expect(matchLocale(['de-DE', 'ja'])).toBe('en')
    expect(matchLocale([])).toBe('en')
  })

  it('keeps the language chosen in Settings whatever the computer speaks', () => {
    expect(resolveLocale('ar', ['es-ES'])).toBe('ar')
    expect(resolveLocale('system', ['hi-IN'])).toBe('hi')
  })
})
