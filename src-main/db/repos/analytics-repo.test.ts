import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext } from '../../context'
import type { AppContext } from '../../context'
import { tempDataDir } from '../../test-support'
import { AnalyticsRepo } from './analytics-repo'
import { HistorySeedRepo } from './history-seed-repo'

let ctx: AppContext
let remove: () => void
beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  ctx = openAppContext({ dataDir: temp.dir, runtime: 'cli' })
})
afterEach(() => {
  ctx.close()
  remove()
})

const all = { from: '', to: '\uffff' }

describe('AnalyticsRepo', () => {
  it('returns only the ranks around the median and the 90th percentile, not every duration', () => {
    const seed = new HistorySeedRepo(ctx.db)
    const campaignId = seed.insertCampaign({
      name: 'C',
      listId: null,
      listName: 'L',
      status: 'completed',
      variants: ['A'],
      createdAt: '2026-03-02T08:00:00.000Z',
      startedAt: null,
      finishedAt: null,
    })
    // Delivery takes 1, 2, ... 100 seconds.
    seed.insertMessages(
      Array.from({ length: 100 }, (_, i) => ({
        campaignId,
        contactId: i + 1,
        phone: `+4477009001${String(i).padStart(2, '0')}`,
        variant: 'A',
        status: 'delivered' as const,
        queuedAt: '2026-03-02T08:00:00.000Z',
        sentAt: '2026-03-02T09:00:00.000Z',
        deliveredAt: new Date(Date.parse('2026-03-02T09:00:00.000Z') + (i + 1) * 1000).toISOString(),
      })),
    )
    const repo = new AnalyticsRepo(ctx.db)
    const rows = repo.durations({ ...all, campaignId }, 'delivered_at')
    // n = 100: median between ranks 49 and 50 (50 s, 51 s), p90 between ranks 89 and 90 (90 s, 91 s).
    expect(rows.map((r) => [r.rn, Math.round(r.d)])).toEqual([
      [49, 50],
      [50, 51],
      [89, 90],
      [90, 91],
    ])
    expect(rows.every((r) => r.n === 100)).toBe(true)
    expect(repo.durations({ ...all, campaignId }, 'read_at')).toEqual([])
    expect(repo.summary({ from: '2027-01-01', to: '\uffff' })).toMatchObject({ queued: 0, sent: 0 })
    expect(repo.quickStats('2026-03-01T00:00:00.000Z')).toEqual({
      campaigns: 1,
      sent: 100,
      replied: 0,
      failed: 0,
    })
  })
})
