import { describe, expect, it } from 'vitest'
import type { TestContext } from '../../context.test-support'
import { withFreshContext } from '../../context.test-support'
import { plainCampaign } from '../history-fixtures.test-support'
import { seededRandom } from '../../../src-shared/domain/random'
import { durationStats } from '../../analytics/sections'
import { percentile } from '../../analytics/stats'
import { AnalyticsRepo } from './analytics-repo'
import type { AnalyticsScope } from './analytics-repo'
import * as sql from './analytics-sql'
import { HistorySeedRepo } from './history-seed-repo'

let ctx: TestContext
withFreshContext((fresh) => (ctx = fresh))

const all = { from: '', to: '\uffff', dryRun: 'all' as const }

describe('AnalyticsRepo', () => {
  it('returns only the ranks around the median and the 90th percentile, not every duration', () => {
    const seed = new HistorySeedRepo(ctx.db)
    const campaignId = seed.insertCampaign(plainCampaign('C', '2026-03-02T08:00:00.000Z', { listName: 'L' }))
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
  })

  it('finds the exact median and 90th percentile through the bucket counts, in any scope', () => {
    const seed = new HistorySeedRepo(ctx.db)
    const random = seededRandom('durations')
    const campaign = (name: string): number =>
      seed.insertCampaign(plainCampaign(name, '2026-03-01T08:00:00.000Z', { listName: 'L' }))
    const ids = [campaign('C1'), campaign('C2')]
    const truth: { campaignId: number; day: string; seconds: number }[] = []
    const rows = Array.from({ length: 600 }, (_, i) => {
      const campaignId = ids[i % 2] ?? 1
      const day = i % 3 === 0 ? '2026-03-02' : '2026-03-03'
      const sentAt = Date.parse(`${day}T09:00:00.000Z`) + i * 1000
      // From a fraction of a second to hours: values in many buckets, some sharing one.
      const ms = Math.round(200 + 3_600_000 * random() ** 3)
      truth.push({ campaignId, day, seconds: ms / 1000 })
      return {
        campaignId,
        contactId: i + 1,
        phone: `+447700${String(900000 + i)}`,
        variant: 'A',
        status: 'delivered' as const,
        queuedAt: `${day}T08:00:00.000Z`,
        sentAt: new Date(sentAt).toISOString(),
        deliveredAt: new Date(sentAt + ms).toISOString(),
      }
    })
    seed.insertMessages(rows)
    const repo = new AnalyticsRepo(ctx.db)
    const scopes: [AnalyticsScope, (t: (typeof truth)[number]) => boolean][] = [
      [all, () => true],
      [{ ...all, campaignId: ids[1] }, (t) => t.campaignId === ids[1]],
      [
        { from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z', dryRun: 'all' },
        (t) => t.day === '2026-03-02',
      ],
    ]
    for (const [scope, keep] of scopes) {
      const sorted = truth
        .filter(keep)
        .map((t) => t.seconds)
        .sort((a, b) => a - b)
      const stats = durationStats(repo.durations(scope, 'delivered_at'))
      expect(stats.count).toBe(sorted.length)
      expect(stats.medianSeconds).toBeCloseTo(percentile(sorted, 0.5) ?? 0, 2)
      expect(stats.p90Seconds).toBeCloseTo(percentile(sorted, 0.9) ?? 0, 2)
    }
  })

  it('reads a bucket in order from its index and opt-outs through replies by number', () => {
    const params = {
      ...{ from: '', to: '\uffff', dryRun: 'all', campaignId: 1, accountId: 2 },
      ...{ bucket: 0, limit: 2, offset: 0 },
    }
    const plan = (text: string): string =>
      (ctx.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n')
    for (const kind of ['all', 'campaign', 'all+account', 'campaign+account'] as const) {
      const values = plan(sql.bucketValuesSql(kind, 'read_at'))
      expect(values).toMatch(/USING INDEX messages_time_to_read/)
      expect(values).not.toMatch(/TEMP B-TREE/)
      expect(plan(sql.optOutsSql(kind))).toMatch(/COVERING INDEX messages_replies/)
      expect(plan(sql.summarySql(kind))).not.toMatch(/\bmessages\b/)
      expect(plan(sql.accountsSql(kind))).not.toMatch(/\bmessages\b/)
    }
  })
})
