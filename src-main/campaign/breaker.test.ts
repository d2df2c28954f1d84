import { describe, expect, it } from 'vitest'
import type { MessageStatus } from '../../src-shared/domain/campaigns'
import { CircuitBreaker } from './breaker'

describe('circuit breaker', () => {
  it('trips after three failures in a row, and a success resets the count', () => {
    const breaker = new CircuitBreaker(() => [])
    breaker.failure('network')
    breaker.failure('network')
    expect(breaker.verdict(0)).toBeNull()
    breaker.success(1, 0)
    breaker.failure('network')
    breaker.failure('timeout')
    expect(breaker.verdict(0)).toBeNull()
    breaker.failure('timeout')
    expect(breaker.verdict(0)).toMatch(/^3 messages in a row could not be sent \(last: Timed out\)/)
  })

  it('gives advice for a campaign it has already paused, never "pause the campaign"', () => {
    const breaker = new CircuitBreaker(() => [])
    for (let i = 0; i < 3; i += 1) breaker.failure('unknown')
    const verdict = breaker.verdict(0) ?? ''
    expect(verdict).toMatch(/^3 messages in a row could not be sent \(last: Unexpected error\)/)
    expect(verdict).not.toMatch(/pause the campaign/)
    expect(verdict).toMatch(/resume once the cause is fixed/)
  })

  it('trips when fewer than 40% of at least 5 settled sends were delivered', () => {
    const statuses = new Map<number, MessageStatus>()
    const breaker = new CircuitBreaker((ids) => ids.map((id) => statuses.get(id) ?? 'sent'))
    for (let id = 1; id <= 10; id += 1) {
      breaker.success(id, id * 1000)
      statuses.set(id, id <= 2 ? 'delivered' : 'sent')
    }
    // Not yet settled: sends must be out two minutes before they count.
    expect(breaker.verdict(10_000)).toBeNull()
    // Four settled (ids 1-4), two delivered: fewer than five judged, no verdict.
    expect(breaker.verdict(124_000)).toBeNull()
    // Ten settled, two delivered.
    expect(breaker.verdict(200_000)).toMatch(/^Only 2 of the last 10 messages sent were delivered/)
    statuses.set(3, 'read')
    statuses.set(4, 'replied')
    expect(breaker.verdict(200_000)).toBeNull()
  })

  it('looks at the last ten sends only', () => {
    const breaker = new CircuitBreaker((ids) => ids.map((id) => (id > 10 ? 'delivered' : 'sent')))
    for (let id = 1; id <= 20; id += 1) breaker.success(id, 0)
    expect(breaker.verdict(1_000_000)).toBeNull()
  })
})
