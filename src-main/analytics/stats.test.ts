import { describe, expect, it } from 'vitest'
import { hourly, minimumSendsForBestHour } from './sections'
import { sayIn } from '../../src-shared/i18n/wording'
import { erfc, percentile, ratio, twoProportionZTest, variantVerdict } from './stats'

describe('twoProportionZTest', () => {
  it('matches a hand-computed pooled z-test', () => {
    // 30/100 vs 50/100: pooled 0.4, se = √(0.4 × 0.6 × 0.02) = 0.069282, z = −0.2 / 0.069282 = −2.886751,
    // two-sided p = 2 × (1 − Φ(2.886751)) = 0.003892 (scipy.stats.norm.sf gives 0.0038924171).
    const test = twoProportionZTest(30, 100, 50, 100)
    expect(test?.z).toBeCloseTo(-2.886751, 5)
    expect(test?.pValue).toBeCloseTo(0.0038924, 6)
  })

  it('gives p = 1 for equal rates and nothing for empty groups or no variance', () => {
    expect(twoProportionZTest(10, 100, 20, 200)).toEqual({ z: 0, pValue: 1 })
    expect(twoProportionZTest(0, 0, 1, 10)).toBeNull()
    expect(twoProportionZTest(0, 10, 0, 10)).toBeNull()
  })
})

describe('erfc', () => {
  it('is accurate to 1e-7 at known points', () => {
    expect(erfc(0)).toBeCloseTo(1, 7)
    expect(erfc(1)).toBeCloseTo(0.157299207, 7)
    expect(erfc(-1)).toBeCloseTo(1.842700793, 7)
    expect(erfc(1.959963985 / Math.SQRT2)).toBeCloseTo(0.05, 7)
  })
})

describe('variantVerdict', () => {
  it('names the better wording only with 95% confidence', () => {
    const a = { name: 'A', rate: 0.3 }
    const b = { name: 'B', rate: 0.5 }
    expect(variantVerdict(a, b, twoProportionZTest(30, 100, 50, 100))).toMatchObject({
      significant: true,
      verdict: 'B gets more replies than A (95% confidence)',
    })
    expect(variantVerdict(a, b, { z: 1.9, pValue: 0.0574 }).verdict).toBe('Not enough difference yet to tell')
    expect(variantVerdict(a, b, null).significant).toBe(false)
  })

  it('reaches the window as a phrase, worded in its language', () => {
    const clear = variantVerdict({ name: 'A', rate: 0.3 }, { name: 'B', rate: 0.5 }, { z: 3, pValue: 0.003 })
    // Spanish writes "95 %" with a no-break space
    expect(sayIn('es', clear.verdictPhrase)).toMatch(
      /^B recibe más respuestas que A \(confianza del 95\s%\)$/,
    )
    expect(sayIn('ar', clear.verdictPhrase)).toMatch(/^تحصل B على ردود أكثر من A/)
    const early = variantVerdict({ name: 'A', rate: 0.3 }, { name: 'B', rate: 0.5 }, null)
    expect(sayIn('fr', early.verdictPhrase)).toBe('Pas encore assez d’écart pour conclure')
  })
})

describe('percentile and ratio', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(percentile([5, 10, 20, 20, 40], 0.9)).toBe(32)
    expect(percentile([7], 0.9)).toBe(7)
    expect(percentile([], 0.5)).toBeNull()
    expect(ratio(1, 0)).toBeNull()
    expect(ratio(1, 4)).toBe(0.25)
  })
})

describe('hourly best hour', () => {
  it('picks the most replies per send among hours with enough sends', () => {
    const min = minimumSendsForBestHour
    const rows = [
      { weekday: 1, hour: 9, n: min, replied: 3 },
      { weekday: 2, hour: 9, n: min, replied: 3 }, // hour 9: 6 / 60 = 0.1
      { weekday: 1, hour: 14, n: min, replied: 6 }, // hour 14: 0.2
      { weekday: 3, hour: 20, n: min - 1, replied: min - 1 }, // 100% but too few sends
    ]
    expect(hourly(rows, []).bestHour).toEqual({ hour: 14, sends: min, replied: 6, rate: 0.2 })
    expect(hourly(rows, []).sends[2]?.[9]).toBe(min)
  })
})
