import { describe, expect, it } from 'vitest'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { normalizePhone } from './phone'
import type { PhoneRefusal } from './phone'
import { optOutRefusalPhrase, refusalPhrase } from './phone-refusals'

/** One number for each way a number is refused. */
const refusedNumbers: [string, string, PhoneRefusal['kind']][] = [
  ['', 'GB', 'empty'],
  ['n/a', 'GB', 'notANumber'],
  ['7911 123456', 'XX', 'noCountryCode'],
  ['12345', 'GB', 'tooShort'],
  ['079111234567890123', 'GB', 'tooLong'],
  ['4.47E+11', 'GB', 'excelShortened'],
  ['+999 1234 5678', 'GB', 'badCountryCode'],
  ['+34 412 345 678', 'GB', 'invalidForCountry'],
]

function refusalOf(raw: string, country: string): PhoneRefusal {
  const result = normalizePhone(raw, country)
  if (result.ok) throw new Error(`${raw} was read`)
  return result.refusal
}

describe('why a number is refused', () => {
  it.each(refusedNumbers)('%j in %s: %s', (raw, country, kind) => {
    expect(refusalOf(raw, country).kind).toBe(kind)
  })

  it('is said in the window’s language, with the values of the number', () => {
    expect(sayIn('es', refusalPhrase(refusalOf('12345', 'GB')))).toBe(
      'Demasiado corto para ser un número de teléfono',
    )
    expect(sayIn('fr', refusalPhrase(refusalOf('+999 1234 5678', 'GB')))).toBe(
      'Indicatif pays invalide\u00a0: aucun pays n’a de numéros commençant par +999',
    )
    // The country goes with its code, for the window to name it in its language (import-words.ts)
    expect(refusalPhrase(refusalOf('+34 412 345 678', 'GB'))).toEqual({
      key: 'importing.phone.invalidForCountry',
      params: { country: 'Spain', countryCode: 'ES', callingCode: '34' },
    })
    expect(sayIn('ar', refusalPhrase(refusalOf('4.47E+11', 'GB')))).toContain('\u20664.47E+11\u2069')
  })

  it('says the same for a number typed for the opt-out list, with what to enter', () => {
    for (const [raw, country] of refusedNumbers) {
      const result = normalizePhone(raw, country)
      if (result.ok) throw new Error(`${raw} was read`)
      expect(english(optOutRefusalPhrase(result.refusal))).toBe(
        `${result.reason}. Enter the number with its country code, e.g. +44 7700 900123.`,
      )
    }
    expect(sayIn('pt-BR', optOutRefusalPhrase(refusalOf('12345', 'GB')))).toBe(
      'Curto demais para ser um número de telefone. Digite o número com o código do país, por exemplo +44 7700 900123.',
    )
  })
})
