import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { describeRuleWords, ruleProblemWords } from './rule-words'

const t = translator('en')
const variants = [
  { name: 'A', body: 'Hi' },
  { name: 'B', body: 'Hello' },
]

describe('the words of a variant rule', () => {
  it('describes a split and a condition in one sentence', () => {
    expect(describeRuleWords(t, { kind: 'split', weights: { A: 70, B: 30 } })).toBe(
      'Contacts are split at random: 70% get “A”, 30% get “B”.',
    )
    expect(
      describeRuleWords(t, {
        kind: 'condition',
        field: 'city',
        test: 'equals',
        value: 'Lima',
        then: 'A',
        otherwise: 'B',
      }),
    ).toBe('Contacts whose city is “Lima” get “A”; the others get “B”.')
    expect(describeRuleWords(translator('es'), { kind: 'split', weights: { A: 50, B: 50 } })).toBe(
      'Los contactos se reparten al azar: el 50\u00a0% recibe «A», el 50\u00a0% recibe «B».',
    )
  })

  it('says what is wrong with a rule that cannot be used', () => {
    expect(ruleProblemWords(t, { kind: 'split', weights: { A: 70, B: 50 } }, variants)).toEqual([
      'The percentages add up to 120%; they must add up to 100%.',
    ])
    expect(ruleProblemWords(t, { kind: 'split', weights: { A: 33.33, C: 66.67 } }, variants)).toEqual([
      "“C” is not one of this message's wordings (“A”, “B”).",
    ])
    expect(ruleProblemWords(t, { kind: 'split', weights: { A: 100 } }, variants)).toEqual([])
  })
})
