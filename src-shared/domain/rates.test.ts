import { describe, expect, it } from 'vitest'
import { countsOf } from './status-counts.test-support'
import { rateBases, rateKeys, ratePercent, ratesOf, reachedOf } from './rates'

describe('the one definition of each rate', () => {
  // A finished campaign where every message moved past "sent": 2 delivered, 3 read, 1 replied, 1 failed.
  const counts = countsOf({ delivered: 2, read: 3, replied: 1, failed: 1, skipped: 2, queued: 1 })

  it('counts how far messages got, cumulative, and what is still waiting', () => {
    expect(reachedOf(counts)).toEqual({
      messages: 10,
      sent: 6,
      delivered: 6,
      read: 4,
      replied: 1,
      failed: 1,
      skipped: 2,
      waiting: 1,
    })
  })

  it('takes success of the messages attempted and every other rate of the messages sent', () => {
    expect(ratesOf(reachedOf(counts), 3)).toEqual({
      success: 6 / 7,
      delivery: 1,
      // The read rate is the funnel's read share: 4 of 6 sent, not 4 of those with read receipts.
      read: 4 / 6,
      reply: 1 / 6,
      optOut: 3 / 6,
    })
    expect(rateBases.read).toBe(rateBases.delivery)
    expect(rateKeys.every((key) => rateBases[key].startsWith('of messages '))).toBe(true)
  })

  it('has no rate when nothing was sent, and rounds to one decimal for exports', () => {
    expect(ratesOf(reachedOf(countsOf()))).toEqual({
      success: null,
      delivery: null,
      read: null,
      reply: null,
      optOut: null,
    })
    expect(ratePercent(4 / 6)).toBe(66.7)
    expect(ratePercent(null)).toBeNull()
  })
})
