import { describe, expect, it } from 'vitest'
import { contract } from './contract'
import type { Input, RequestChannel } from './contract'

const long = (length: number): string => 'x'.repeat(length)

function refusal<C extends RequestChannel>(channel: C, input: Input<C>): string[] {
  const parsed = contract[channel].input.safeParse(input)
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)
}

const condition = {
  kind: 'condition',
  field: 'website',
  test: 'contains',
  value: 'shop',
  then: 'a',
  otherwise: 'b',
} as const
const campaign = { listId: 1, templateId: 1, dryRun: true, pace: 'none' } as const
const preview = { listId: 1, variants: [{ name: 'a', body: 'Hi' }] }

describe('contract input limits', () => {
  it('accepts inputs of a real size', () => {
    expect(refusal('campaigns:create', { ...campaign, name: long(120), variantRule: condition })).toEqual([])
    const weights = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [long(39) + i, 10]))
    expect(refusal('templates:preview', { ...preview, variantRule: { kind: 'split', weights } })).toEqual([])
    const roles = Array.from({ length: 200 }, (_, index) => ({ index, role: 'field' as const }))
    expect(refusal('import:analyze', { sessionId: 's', roles })).toEqual([])
  })

  it.each([
    ['field', { ...condition, field: long(201) }, 'Keep the field name under 200 characters.'],
    ['value', { ...condition, value: long(1001) }, 'Keep the value to compare with under 1000 characters.'],
    ['then', { ...condition, then: long(41) }, undefined],
    ['otherwise', { ...condition, otherwise: long(41) }, undefined],
  ])('refuses a condition rule with an overlong %s', (_name, variantRule, message) => {
    const messages = refusal('campaigns:create', { ...campaign, variantRule })
    expect(messages).toHaveLength(1)
    if (message) expect(messages).toEqual([message])
  })

  it('refuses a split between more wordings than a message has, or an overlong wording name', () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`v${i}`, 1]))
    expect(
      refusal('templates:preview', { ...preview, variantRule: { kind: 'split', weights: many } }),
    ).toEqual(['Split between at most 10 wordings.'])
    const named = { [long(41)]: 100 }
    expect(
      refusal('templates:preview', { ...preview, variantRule: { kind: 'split', weights: named } }),
    ).toHaveLength(1)
  })

  it('refuses more column roles than a sheet has columns', () => {
    const roles = Array.from({ length: 16_385 }, (_, index) => ({
      index: index % 100,
      role: 'ignore' as const,
    }))
    expect(refusal('import:analyze', { sessionId: 's', roles })).toEqual([
      'A sheet has at most 16384 columns.',
    ])
    expect(
      refusal('import:analyze', { sessionId: 's', roles: [{ index: 16_385, role: 'name' }] }),
    ).toHaveLength(1)
  })

  it('refuses an overlong campaign name, settings reset list and date', () => {
    expect(refusal('campaigns:create', { ...campaign, name: long(121) })).toHaveLength(1)
    const keys = Array.from({ length: 1000 }, () => 'pacing.dailyCap' as const)
    expect(refusal('settings:reset', { keys })).toHaveLength(1)
    expect(refusal('analytics:get', { since: `2026-01-01${long(10_000)}` })).toContain(
      'Write the date as YYYY-MM-DD, e.g. 2026-03-01.',
    )
  })
})
