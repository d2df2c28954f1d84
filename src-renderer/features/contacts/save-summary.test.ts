import { describe, expect, it } from 'vitest'
import type { VerdictCounts } from '../../../src-shared/domain/contacts'
import { translator } from '../../i18n/translate.test-support'
import { saveSummary } from './save-summary'

const counts = (valid: number, invalid = 0, duplicate = 0, optedOut = 0): VerdictCounts => ({
  total: valid + invalid + duplicate + optedOut,
  valid,
  invalid,
  duplicate,
  opted_out: optedOut,
  repaired: 0,
})

describe('saveSummary', () => {
  const en = translator('en')

  it('says how many contacts are saved, and which rows are kept but never messaged', () => {
    expect(saveSummary(counts(1), en)).toBe('1 valid contact will be saved.')
    expect(saveSummary(counts(22, 1), en)).toBe(
      '22 valid contacts will be saved; 1 invalid is kept for reference but never messaged.',
    )
    expect(saveSummary(counts(22, 4, 2, 1), en)).toBe(
      '22 valid contacts will be saved; 4 invalid, 2 duplicates and 1 opted out are kept for reference but never messaged.',
    )
    expect(saveSummary(counts(5, 0, 1, 1), en)).toBe(
      '5 valid contacts will be saved; 1 duplicate and 1 opted out are kept for reference but never messaged.',
    )
  })

  it('speaks the language of the window, its plurals and its way of joining a list', () => {
    expect(saveSummary(counts(1, 0, 2), translator('es'), 'es')).toBe(
      'Se guardará 1 contacto válido; 2 duplicados se conservan como referencia, pero nunca reciben mensajes.',
    )
    expect(saveSummary(counts(3, 1, 1), translator('fr'), 'fr')).toContain('1 invalide et 1 doublon')
  })
})
