import { describe, expect, it } from 'vitest'
import type { Locale } from '../../../src-shared/i18n/locales'
import { phrase } from '../../../src-shared/i18n/phrase'
import { translator } from '../../i18n/translate.test-support'
import type { Say } from '../../i18n/use-t'
import { reasonText, withCountryNamed } from './import-words'
import type { ReasonRow } from './import-words'

/** What ReasonCell shows in `locale`, as useSayImport and useT give it there. */
function shown(row: ReasonRow, locale: Locale): string {
  const t = translator(locale)
  const say: Say = (said, english) => {
    const named = withCountryNamed(said, locale)
    return named ? t(named.key, named.params) : english
  }
  return reasonText(row, say, t)
}

// As the import sends them (src-main/import/phone-refusals.ts, analyze.ts)
const tooShort: ReasonRow = {
  verdict: 'invalid',
  reason: 'Too short to be a phone number',
  reasonPhrase: phrase('importing.phone.tooShort'),
  duplicateOf: null,
}
const notSpanish: ReasonRow = {
  verdict: 'invalid',
  reason: 'Not a valid number for Spain (+34)',
  reasonPhrase: phrase('importing.phone.invalidForCountry', {
    country: 'Spain',
    countryCode: 'ES',
    callingCode: '34',
  }),
  duplicateOf: null,
}

describe('the reason a row is not messaged', () => {
  it('shows in the window’s language', () => {
    expect(shown(tooShort, 'en')).toBe('Too short to be a phone number')
    expect(shown(tooShort, 'es')).toBe('Demasiado corto para ser un número de teléfono')
    expect(shown(tooShort, 'hi')).toBe('फ़ोन नंबर होने के लिए बहुत छोटा')
  })

  it('names the country in the window’s language, and keeps +34 left to right in Arabic', () => {
    expect(shown(notSpanish, 'en')).toBe('Not a valid number for Spain (+34)')
    expect(shown(notSpanish, 'es')).toBe('No es un número válido para España (+34)')
    expect(shown(notSpanish, 'fr')).toBe('Numéro non valide pour le pays\u00a0: Espagne (+34)')
    const arabic = shown(notSpanish, 'ar')
    expect(arabic).toContain('إسبانيا')
    expect(arabic).toContain('\u2066+34\u2069')
  })

  it('words a list saved before Herald kept phrases from its verdict, and keeps other English as it is', () => {
    const old = { reasonPhrase: undefined, duplicateOf: null }
    expect(shown({ ...old, verdict: 'opted_out', reason: 'Asked not to receive messages' }, 'es')).toBe(
      'Pidió no recibir mensajes',
    )
    expect(
      shown({ ...old, verdict: 'duplicate', reason: 'Same number as row 4', duplicateOf: 4 }, 'pt-BR'),
    ).toBe('Mesmo número da linha 4')
    expect(shown({ ...old, verdict: 'invalid', reason: 'Too short to be a phone number' }, 'es')).toBe(
      'Too short to be a phone number',
    )
    expect(shown({ ...old, verdict: 'valid', reason: null }, 'es')).toBe('')
  })
})
