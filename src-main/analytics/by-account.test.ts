import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Analytics, AnalyticsQuery } from '../../src-shared/domain/analytics'
import type { TestContext } from '../context.test-support'
import { openTestContext, tempDataDir } from '../context.test-support'
import { AppError } from '../errors'
import { periodBounds } from './analytics-service'
import { seedHistory } from './seed'
import { percentile } from './stats'

let ctx: TestContext
let remove: () => void
const now = new Date('2026-06-01T12:00:00.000Z')

beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  // Nine campaigns over three numbers: some on one number, every third on all of them, taking turns
  seedHistory(ctx.db, { campaigns: 9, messages: 6000, now, seed: 'by-account', numbers: 3 })
  ctx.db.prepare("UPDATE accounts SET removed_at = '2026-05-30T00:00:00.000Z' WHERE id = 3").run()
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

type Recount = {
  accountId: number
  messages: number
  sent: number
  delivered: number
  read: number
  replied: number
  failed: number
  optOuts: number
}

/** Each number's figures counted straight from the messages, without the rollups. */
function recount(query: AnalyticsQuery): Recount[] {
  const { from, to } = periodBounds(query)
  return ctx.db
    .prepare(
      `SELECT m.account_id AS accountId, count(*) AS messages,
        sum(coalesce(sent_at, delivered_at, read_at, replied_at) IS NOT NULL) AS sent,
        sum(coalesce(delivered_at, read_at, replied_at) IS NOT NULL) AS delivered,
        sum(coalesce(read_at, replied_at) IS NOT NULL) AS read,
        sum(replied_at IS NOT NULL) AS replied, sum(m.status = 'failed') AS failed,
        sum(EXISTS (SELECT 1 FROM opt_outs o WHERE o.phone_e164 = m.phone_e164 AND o.source = 'reply'
          AND m.replied_at IS NOT NULL
          AND abs(julianday(o.created_at) - julianday(m.replied_at)) <= 1.0 / 24)) AS optOuts
      FROM messages m WHERE m.queued_at >= @from AND m.queued_at < @to
        AND (@campaignId IS NULL OR m.campaign_id = @campaignId)
      GROUP BY m.account_id ORDER BY m.account_id`,
    )
    .all({ from, to, campaignId: query.campaignId ?? null }) as Recount[]
}

const figures = (a: Analytics): Recount[] =>
  a.byAccount.map(({ id, messages, sent, delivered, read, replied, failed, optOuts }) => ({
    accountId: id,
    messages,
    sent,
    delivered,
    read,
    replied,
    failed,
    optOuts,
  }))

describe('analytics by sending number', () => {
  it('breaks every period down by number, as a plain recount of the messages finds it', () => {
    const since = ctx.analytics.analytics({ dryRun: 'all' }).daily[10]?.date
    for (const query of [{ dryRun: 'all' }, { dryRun: 'all', since }, { campaignId: 1 }] as const) {
      const a = ctx.analytics.analytics(query)
      expect(figures(a), JSON.stringify(query)).toEqual(recount(query))
    }
    const all = ctx.analytics.analytics({ dryRun: 'all' })
    expect(all.byAccount.map((n) => [n.id, n.name, n.removed])).toEqual([
      [1, 'My number', false],
      [2, 'Shop phone', false],
      [3, 'Sales line', true],
    ])
    expect(all.byAccount.every((n) => n.sent > 100)).toBe(true)
    expect(all.rates.optOuts).toBeGreaterThan(0)
    expect(all.byAccount.reduce((sum, n) => sum + n.optOuts, 0)).toBe(all.rates.optOuts)
    const shop = all.byAccount[1]
    expect(shop?.phone).toBe('+447700900100')
    expect(shop?.replyRate).toBe((shop?.replied ?? 0) / (shop?.sent ?? 1))
    expect(shop?.optOutRate).toBe((shop?.optOuts ?? 0) / (shop?.sent ?? 1))
    // Whatever the scope, the filter offers every number that has messages
    expect(ctx.analytics.analytics({ since: '2030-01-01' }).accounts.map((n) => n.name)).toEqual([
      'My number',
      'Shop phone',
      'Sales line',
    ])
  })

  it('keeps every section to one number when filtered, and the numbers add up to the whole', () => {
    const all = ctx.analytics.analytics({ dryRun: 'all' })
    const each = [1, 2, 3].map((accountId) => ctx.analytics.analytics({ dryRun: 'all', accountId }))
    const sum = (pick: (a: Analytics) => number): number => each.reduce((n, a) => n + pick(a), 0)
    for (const [i, a] of each.entries()) {
      expect(a.byAccount).toEqual([all.byAccount[i]])
      expect(a.funnel.sent).toBe(all.byAccount[i]?.sent)
      expect(a.rates.optOuts).toBe(all.byAccount[i]?.optOuts)
      expect(a.accounts).toEqual(all.accounts)
    }
    for (const key of ['queued', 'sent', 'delivered', 'read', 'replied'] as const) {
      expect(
        sum((a) => a.funnel[key]),
        key,
      ).toBe(all.funnel[key])
    }
    expect(sum((a) => a.totals.failed)).toBe(all.totals.failed)
    expect(sum((a) => a.hourly.sends.flat().reduce((x, y) => x + y, 0))).toBe(
      all.hourly.sends.flat().reduce((x, y) => x + y, 0),
    )
    expect(sum((a) => a.daily.reduce((n, d) => n + d.replied, 0))).toBe(
      all.daily.reduce((n, d) => n + d.replied, 0),
    )
    expect(sum((a) => a.errors.reduce((n, e) => n + e.count, 0))).toBe(
      all.errors.reduce((n, e) => n + e.count, 0),
    )
    expect(sum((a) => a.countries.reduce((n, c) => n + c.messages, 0))).toBe(all.funnel.queued)
    expect(sum((a) => a.variants.list.reduce((n, v) => n + v.sent, 0))).toBe(all.funnel.sent)
    // Each number lists the campaigns it sent for, and only those
    const campaignsOf = ctx.db
      .prepare('SELECT DISTINCT campaign_id FROM messages WHERE account_id = ? ORDER BY campaign_id')
      .pluck()
    for (const [i, a] of each.entries()) expect(a.campaigns.map((c) => c.id)).toEqual(campaignsOf.all(i + 1))
    expect(each.map((a) => a.campaigns.length).reduce((x, y) => x + y, 0)).toBeGreaterThan(
      all.campaigns.length,
    )
    expect(each.every((a) => a.campaigns.length < all.campaigns.length)).toBe(true)
  })

  it('finds the median time to deliver and the pace of one number', () => {
    const times = ctx.db
      .prepare(
        `SELECT (julianday(delivered_at) - julianday(sent_at)) * 86400.0 FROM messages
          WHERE account_id = 2 AND delivered_at IS NOT NULL AND sent_at IS NOT NULL`,
      )
      .pluck()
      .all() as number[]
    const sorted = times.sort((a, b) => a - b)
    const { rates } = ctx.analytics.analytics({ dryRun: 'all', accountId: 2 })
    expect(rates.timeToDeliver.count).toBe(sorted.length)
    expect(rates.timeToDeliver.medianSeconds).toBeCloseTo(percentile(sorted, 0.5) ?? 0, 2)
    expect(rates.timeToDeliver.p90Seconds).toBeCloseTo(percentile(sorted, 0.9) ?? 0, 2)
    const spans = ctx.db
      .prepare(
        `SELECT sum((julianday(last) - julianday(first)) * 86400.0) FROM (
          SELECT min(sent_at) AS first, max(sent_at) AS last FROM messages
          WHERE account_id = 2 AND sent_at IS NOT NULL GROUP BY campaign_id)`,
      )
      .pluck()
      .get() as number
    expect(rates.durationSeconds).toBeCloseTo(spans, 0)
  })

  it('finds a number by its name, a removed one too, and says which names there are', () => {
    expect(ctx.analytics.accountNamed('shop PHONE')).toMatchObject({ id: 2, name: 'Shop phone' })
    expect(ctx.analytics.accountNamed('Sales line')).toMatchObject({ id: 3, removed: true })
    expect(() => ctx.analytics.accountNamed('Office')).toThrow(
      'There is no number named “Office”. Numbers with messages: “My number”, “Shop phone”, “Sales line”.',
    )
    expect(() => ctx.analytics.analytics({ accountId: 9 })).toThrow(AppError)
    expect(() => ctx.analytics.analytics({ accountId: 0 })).toThrow(AppError)
  })
})
