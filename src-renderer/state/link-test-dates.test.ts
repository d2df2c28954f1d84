import { describe, expect, it } from 'vitest'
import { linkTestSteps, stepLabels } from '../../src-shared/domain/link-test'
import type { LinkTest, LinkTestStep } from '../../src-shared/domain/link-test'
import { later, sentAt } from './link-test-dates'

function withSent(outcome: LinkTestStep['outcome'], ms: number | null): LinkTest {
  return {
    status: 'running',
    to: '+447911123456',
    toSelf: true,
    startedAt: '2026-11-23T10:00:00.000Z',
    steps: linkTestSteps.map((step) => ({
      step,
      outcome: step === 'sent' ? outcome : 'done',
      text: stepLabels[step],
      ms: step === 'sent' ? ms : 10,
    })),
    summary: '',
    advice: null,
  }
}

describe('sentAt', () => {
  it('is when WhatsApp took the message, and nothing before it did', () => {
    expect(sentAt(withSent('done', 1500))).toBe('2026-11-23T10:00:01.500Z')
    expect(sentAt(withSent('waiting', null))).toBeNull()
    expect(sentAt(withSent('failed', 900))).toBeNull()
  })
})

describe('later', () => {
  it('keeps the later instant, and either one when the other is missing', () => {
    expect(later('2026-11-23T10:00:00.000Z', '2026-11-24T09:00:00.000Z')).toBe('2026-11-24T09:00:00.000Z')
    expect(later('2026-11-24T09:00:00.000Z', '2026-11-23T10:00:00.000Z')).toBe('2026-11-24T09:00:00.000Z')
    expect(later(null, '2026-11-23T10:00:00.000Z')).toBe('2026-11-23T10:00:00.000Z')
    expect(later(null, null)).toBeNull()
  })
})
