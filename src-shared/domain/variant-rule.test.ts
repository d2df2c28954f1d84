import { describe, expect, it } from 'vitest'
import type { Variant, VariantRule } from './campaigns'
import { seededRandom } from './random'
import { chooseVariant, describeRule, fieldValue, ruleProblems } from './variant-rule'

const variants: Variant[] = [
  { name: 'creation', body: 'a' },
  { name: 'enhancement', body: 'b' },
  { name: 'third', body: 'c' },
]
const never = (): number => {
  throw new Error('should not draw')
}
type ConditionRule = Extract<VariantRule, { kind: 'condition' }>
const condition = (test: ConditionRule['test'], value?: string): ConditionRule => ({
  kind: 'condition',
  field: 'city',
  test,
  ...(value === undefined ? {} : { value }),
  then: 'enhancement',
  otherwise: 'third',
})

describe('chooseVariant', () => {
  it('single gives the first wording', () => {
    expect(chooseVariant({ kind: 'single' }, variants, {}, never)).toBe('creation')
  })

  it('split follows the percentages, ignores unknown names and falls back to the first', () => {
    const rule: VariantRule = { kind: 'split', weights: { creation: 20, enhancement: 80, ghost: 50 } }
    const random = seededRandom('split')
    const counts: Record<string, number> = {}
    for (let i = 0; i < 10_000; i++) {
      const name = chooseVariant(rule, variants, {}, random)
      counts[name] = (counts[name] ?? 0) + 1
    }
    expect(counts.creation! / 10_000).toBeCloseTo(0.2, 1)
    expect(counts.enhancement! / 10_000).toBeCloseTo(0.8, 1)
    expect(counts.third).toBeUndefined()
    expect(chooseVariant({ kind: 'split', weights: {} }, variants, {}, () => 0.5)).toBe('creation')
    expect(chooseVariant({ kind: 'split', weights: { third: 100 } }, variants, {}, () => 0.999999)).toBe(
      'third',
    )
  })

  it('condition tests the field, trimmed and ignoring case', () => {
    const pick = (rule: VariantRule, city?: string): string =>
      chooseVariant(rule, variants, city === undefined ? {} : { City: city }, never)
    expect(pick(condition('empty'))).toBe('enhancement')
    expect(pick(condition('empty'), '  ')).toBe('enhancement')
    expect(pick(condition('not_empty'), 'Porto')).toBe('enhancement')
    expect(pick(condition('equals', 'porto '), ' PORTO')).toBe('enhancement')
    expect(pick(condition('equals', 'porto'), 'Lisbon')).toBe('third')
    expect(pick(condition('contains', 'lis'), 'Greater Lisbon')).toBe('enhancement')
  })

  it('condition naming an unknown wording falls back to the first', () => {
    const rule: VariantRule = { ...condition('empty'), then: 'gone' }
    expect(chooseVariant(rule, variants, {}, never)).toBe('creation')
  })
})

describe('ruleProblems', () => {
  it('accepts a good rule', () => {
    expect(ruleProblems({ kind: 'split', weights: { creation: 40, enhancement: 60 } }, variants)).toEqual([])
    expect(ruleProblems(condition('equals', 'Porto'), variants)).toEqual([])
  })

  it('says when percentages do not add to 100 and names unknown wordings', () => {
    expect(ruleProblems({ kind: 'split', weights: { creation: 40, ghost: 50 } }, variants)).toEqual([
      'The percentages add up to 90%; they must add up to 100%.',
      "“ghost” is not one of this message's wordings (“creation”, “enhancement”, “third”).",
    ])
  })

  it('asks for the value to compare with', () => {
    expect(ruleProblems(condition('contains', ' '), variants)).toEqual([
      'Enter the value to compare city with.',
    ])
  })
})

describe('describeRule', () => {
  it('says the rule in plain words', () => {
    expect(
      describeRule({
        kind: 'condition',
        field: 'website',
        test: 'empty',
        then: 'creation',
        otherwise: 'enhancement',
      }),
    ).toBe('Contacts without a website get “creation”; the others get “enhancement”.')
    expect(describeRule({ ...condition('not_empty'), field: 'email' })).toBe(
      'Contacts with an email get “enhancement”; the others get “third”.',
    )
    expect(describeRule(condition('equals', 'Porto'))).toBe(
      'Contacts whose city is “Porto” get “enhancement”; the others get “third”.',
    )
    expect(describeRule({ kind: 'split', weights: { a: 30, b: 70 } })).toBe(
      'Contacts are split at random: 30% get “a”, 70% get “b”.',
    )
    expect(describeRule({ kind: 'single' })).toBe('Every contact gets the same wording.')
  })
})

describe('fieldValue', () => {
  it('finds a column whatever its case or separators', () => {
    expect(fieldValue({ first_name: 'Ana' }, 'First Name')).toBe('Ana')
    expect(fieldValue({ name: 'Ana' }, 'city')).toBeUndefined()
  })
})
