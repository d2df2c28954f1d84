import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countsOf } from '../../src-shared/domain/status-counts.test-support'
import type { TestContext } from '../context.test-support'
import { plainCampaign } from '../db/history-fixtures.test-support'
import { pruneCampaigns } from '../db/maintenance'
import { HistorySeedRepo } from '../db/repos/history-seed-repo'
import { MessagesRepo } from '../db/repos/messages-repo'
import type { HistoryMessage } from '../db/repos/history-seed-repo'
import { AppError } from '../errors'
import { openTestContext, tempDataDir } from '../context.test-support'
import { analytics, periodBounds } from './analytics-service'

let ctx: TestContext
let remove: () => void

const gb = (n: number): string => `+4474000000${String(n).padStart(2, '0')}`
const us = '+12129460101'
const de = '+4915112345607'
const d1 = (time: string): string => `2026-03-02T${time}.000Z` // a Monday
const d5 = (time: string): string => `2026-03-05T${time}.000Z` // a Thursday

/**
 * Two campaigns with every stage, two variants, three countries, a contact without read receipts and one
 * opt-out; every expected figure below is worked out by hand from these rows.
 */
function seed(): void {
  const repo = new HistorySeedRepo(ctx.db)
  const base = { listId: null, listName: 'Shops', startedAt: null, finishedAt: null, dryRun: false }
  const spring = repo.insertCampaign({
    ...base,
    name: 'Spring',
    status: 'completed',
    variants: ['A', 'B'],
    createdAt: d1('08:00:00'),
  })
  const summer = repo.insertCampaign({
    ...base,
    name: 'Summer',
    status: 'running',
    variants: ['A'],
    createdAt: d5('08:00:00'),
  })
  const c1 = { campaignId: spring, queuedAt: d1('08:00:00') }
  const c2 = { campaignId: summer, queuedAt: d5('08:00:00') }
  const rows: HistoryMessage[] = [
    {
      ...c1,
      contactId: 1,
      phone: gb(1),
      variant: 'A',
      status: 'replied',
      sentAt: d1('10:00:00'),
      deliveredAt: d1('10:00:10'),
      readAt: d1('10:01:00'),
      repliedAt: d1('10:05:00'),
    },
    {
      ...c1,
      contactId: 2,
      phone: gb(2),
      variant: 'A',
      status: 'read',
      sentAt: d1('10:00:30'),
      deliveredAt: d1('10:00:50'),
      readAt: d1('10:10:30'),
    },
    {
      ...c1,
      contactId: 3,
      phone: gb(3),
      variant: 'B',
      status: 'delivered',
      sentAt: d1('11:00:00'),
      deliveredAt: d1('11:00:40'),
    },
    {
      ...c1,
      contactId: 4,
      phone: us,
      variant: 'B',
      status: 'replied',
      sentAt: d1('11:30:00'),
      deliveredAt: d1('11:30:20'),
      repliedAt: d1('12:30:00'),
    },
    {
      ...c1,
      contactId: 5,
      phone: gb(5),
      variant: 'B',
      status: 'failed',
      category: 'not_on_whatsapp',
      failedAt: d1('11:40:00'),
    },
    { ...c1, contactId: 6, phone: gb(6), variant: 'A', status: 'skipped', category: 'opted_out' },
    { ...c1, contactId: 7, phone: de, variant: 'A', status: 'queued' },
    {
      ...c2,
      contactId: 1,
      phone: gb(1),
      variant: 'A',
      status: 'delivered',
      sentAt: d5('09:00:00'),
      deliveredAt: d5('09:00:05'),
    },
    {
      ...c2,
      contactId: 3,
      phone: gb(3),
      variant: 'A',
      status: 'failed',
      category: 'timeout',
      failedAt: d5('09:10:00'),
    },
  ]
  repo.insertMessages(rows)
  repo.insertOptOut(us, 'reply', 'Replied “STOP” to a campaign', d1('12:30:05'))
  repo.insertOptOut(gb(2), 'manual', 'Asked in the shop', d1('12:30:05'))
}

beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  seed()
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

describe('analytics over all history', () => {
  it('counts totals, the cumulative funnel and the rates', () => {
    const a = analytics(ctx.db, {})
    expect(a.totals).toEqual(
      countsOf({ queued: 1, delivered: 2, read: 1, replied: 2, failed: 2, skipped: 1 }),
    )
    expect(a.funnel).toEqual({ queued: 9, sent: 5, delivered: 5, read: 3, replied: 2 })
    expect(a.rates).toMatchObject({
      attempted: 7,
      success: 5 / 7,
      delivery: 1,
      // Read is of the messages sent, as in the funnel (3 of 5); gb(3) and the US number never send
      // receipts, which the screens say beside it.
      read: 3 / 5,
      deliveredWithoutReadReceipts: 2,
      numbersWithoutReadReceipts: 2,
      reply: 2 / 5,
      optOuts: 1,
      optOut: 1 / 5,
      durationSeconds: 5400,
      throughputPerHour: 3.333,
    })
  })

  it('gives median and p90 (linear interpolation) of the time to deliver, read and reply', () => {
    const { rates } = analytics(ctx.db, {})
    // Deliver: [5, 10, 20, 20, 40] → median 20, p90 at rank 3.6 → 20 + 0.6 × 20 = 32.
    expect(rates.timeToDeliver).toEqual({ count: 5, medianSeconds: 20, p90Seconds: 32 })
    // Read: [60, 600] → 330 and 60 + 0.9 × 540 = 546.
    expect(rates.timeToRead).toEqual({ count: 2, medianSeconds: 330, p90Seconds: 546 })
    // Reply: [300, 3600] → 1950 and 300 + 0.9 × 3300 = 3270.
    expect(rates.timeToReply).toEqual({ count: 2, medianSeconds: 1950, p90Seconds: 3270 })
  })

  it('fills the weekday × hour matrices in UTC', () => {
    const { hourly } = analytics(ctx.db, {})
    const cells = (m: number[][]): string[] =>
      m.flatMap((row, day) => row.flatMap((n, hour) => (n > 0 ? [`${day}/${hour}:${n}`] : [])))
    expect(cells(hourly.sends)).toEqual(['1/10:2', '1/11:2', '4/9:1'])
    expect(cells(hourly.replies)).toEqual(['1/10:1', '1/12:1'])
    expect(hourly.bestHour).toBeNull() // no hour has 30 sends
  })

  it('compares the variants with a z-test and says it is too early', () => {
    const { variants } = analytics(ctx.db, {})
    expect(variants.list).toEqual([
      { variant: 'A', sent: 3, replied: 1, replyRate: 1 / 3 },
      { variant: 'B', sent: 2, replied: 1, replyRate: 0.5 },
    ])
    // pooled 2/5; se = √(0.24 × (1/2 + 1/3)) = √0.2; z = (1/2 − 1/3)/√0.2 = 0.372678; p = 0.709388.
    expect(variants.comparison?.a).toBe('B')
    expect(variants.comparison?.z).toBeCloseTo(0.372678, 5)
    expect(variants.comparison?.pValue).toBeCloseTo(0.709388, 5)
    expect(variants.comparison?.verdict).toBe('Not enough difference yet to tell')
  })

  it('lists errors with recommendations, the daily trend, countries and campaigns', () => {
    const a = analytics(ctx.db, {})
    expect(a.errors.map((e) => [e.category, e.count])).toEqual([
      ['not_on_whatsapp', 1],
      ['opted_out', 1],
      ['timeout', 1],
    ])
    expect(a.errors[0]?.recommendation).toMatch(/reach them another way/)
    expect(a.daily).toEqual([
      { date: '2026-03-02', sent: 4, delivered: 4, read: 3, replied: 2, failed: 1 },
      { date: '2026-03-05', sent: 1, delivered: 1, read: 0, replied: 0, failed: 1 },
    ])
    expect(a.countries).toEqual([
      { country: 'GB', callingCode: '44', messages: 7, sent: 4, replied: 1, failed: 2 },
      { country: 'DE', callingCode: '49', messages: 1, sent: 0, replied: 0, failed: 0 },
      { country: 'US', callingCode: '1', messages: 1, sent: 1, replied: 1, failed: 0 },
    ])
    expect(a.campaigns).toEqual([
      {
        id: 1,
        name: 'Spring',
        status: 'completed',
        dryRun: false,
        counts: countsOf({ queued: 1, delivered: 1, read: 1, replied: 2, failed: 1, skipped: 1 }),
      },
      {
        id: 2,
        name: 'Summer',
        status: 'running',
        dryRun: false,
        counts: countsOf({ delivered: 1, failed: 1 }),
      },
    ])
    expect(a.headline).toEqual({
      campaigns: 2,
      sent: 5,
      replied: 2,
      failed: 2,
      replyRate: 0.4,
      answered: 0,
    })
  })
})

describe('analytics of a campaign or a period', () => {
  it('keeps to one campaign', () => {
    const a = analytics(ctx.db, { campaignId: 2 })
    expect(a.totals).toEqual(countsOf({ delivered: 1, failed: 1 }))
    expect(a.rates).toMatchObject({
      success: 0.5,
      read: 0,
      reply: 0,
      durationSeconds: 0,
      throughputPerHour: null,
    })
    expect(a.campaigns.map((c) => c.name)).toEqual(['Summer'])
  })

  it('keeps to the days asked for, by queued time, both ends included', () => {
    expect(analytics(ctx.db, { since: '2026-03-03' }).funnel.queued).toBe(2)
    expect(analytics(ctx.db, { until: '2026-03-02' }).funnel.queued).toBe(7)
    expect(analytics(ctx.db, { since: '2026-03-02', until: '2026-03-05' }).funnel.queued).toBe(9)
    const none = analytics(ctx.db, { since: '2026-04-01' })
    expect(none.rates.success).toBeNull()
    expect(none.rates.timeToDeliver).toEqual({ count: 0, medianSeconds: null, p90Seconds: null })
    expect(none.variants).toEqual({ list: [], comparison: null })
    expect(periodBounds({ until: '2026-02-28' }).to).toBe('2026-03-01T00:00:00.000Z')
  })

  it('gives the headline for the period and campaign asked for, not the last 30 days', () => {
    expect(analytics(ctx.db, { since: '2026-03-03' }).headline).toEqual({
      campaigns: 1,
      sent: 1,
      replied: 0,
      failed: 1,
      replyRate: 0,
      answered: 0,
    })
    expect(analytics(ctx.db, { campaignId: 1 }).headline).toMatchObject({ campaigns: 1, sent: 4, replied: 2 })
    expect(analytics(ctx.db, { since: '2026-04-01' }).headline).toEqual({
      campaigns: 0,
      sent: 0,
      replied: 0,
      failed: 0,
      replyRate: null,
      answered: 0,
    })
  })

  it('counts the answers sent from the Inbox in the period, campaign and number asked for', () => {
    ctx.db.exec(`INSERT INTO conversations (id, phone_e164, rehearsal, campaign_id, updated_at)
      VALUES (91, '+447911999001', 0, 1, '2026-03-04T10:00:00.000Z')`)
    const answer = ctx.db.prepare(
      `INSERT INTO conversation_messages (conversation_id, direction, campaign_id, account_id, text, at, status)
       VALUES (91, 'out', 1, 1, 'Thanks!', ?, ?)`,
    )
    answer.run('2026-03-04T10:05:00.000Z', 'sent')
    answer.run('2026-03-04T10:06:00.000Z', 'failed')
    answer.run('2026-03-06T09:00:00.000Z', 'sent')
    expect(analytics(ctx.db, {}).headline.answered).toBe(2)
    expect(analytics(ctx.db, { since: '2026-03-05' }).headline.answered).toBe(1)
    expect(analytics(ctx.db, { campaignId: 2 }).headline.answered).toBe(0)
    expect(analytics(ctx.db, { dryRun: 'dry' }).headline.answered).toBe(0)
  })

  it('counts real campaigns only unless dry runs are asked for; one campaign by id whatever it is', () => {
    const repo = new HistorySeedRepo(ctx.db)
    const rehearsal = repo.insertCampaign(plainCampaign('Rehearsal', d5('07:00:00')))
    repo.insertMessages([
      {
        campaignId: rehearsal,
        queuedAt: d5('07:00:00'),
        contactId: 1,
        phone: gb(1),
        variant: 'A',
        status: 'replied',
        sentAt: d5('07:01:00'),
        deliveredAt: d5('07:01:05'),
        readAt: d5('07:02:00'),
        repliedAt: d5('07:03:00'),
      },
    ])
    const live = analytics(ctx.db, {})
    expect(live.funnel).toEqual({ queued: 9, sent: 5, delivered: 5, read: 3, replied: 2 })
    expect(live.campaigns.map((c) => c.name)).toEqual(['Spring', 'Summer'])
    expect(analytics(ctx.db, { dryRun: 'live' }).headline).toEqual(live.headline)
    const dry = analytics(ctx.db, { dryRun: 'dry' })
    expect(dry.funnel).toEqual({ queued: 1, sent: 1, delivered: 1, read: 1, replied: 1 })
    expect(dry.campaigns).toEqual([expect.objectContaining({ name: 'Rehearsal', dryRun: true })])
    expect(dry.hourly.replies.flat().reduce((sum, n) => sum + n, 0)).toBe(1)
    expect(analytics(ctx.db, { dryRun: 'all' }).headline).toMatchObject({ campaigns: 3, sent: 6, replied: 3 })
    expect(analytics(ctx.db, { campaignId: rehearsal }).funnel.replied).toBe(1)
  })

  it('refuses a date that does not exist, a reversed period and an unknown campaign', () => {
    for (const query of [
      { since: '2026-02-30' },
      { until: '03/02/2026' },
      { since: '2026-03-05', until: '2026-03-01' },
      { campaignId: 99 },
      { dryRun: 'some' as 'all' },
    ]) {
      expect(() => analytics(ctx.db, query)).toThrow(AppError)
    }
  })
})

/** What is left once Spring (campaign 1) is gone: Summer's delivered gb(1) and failed gb(3). */
function expectOnlySummer(): void {
  const a = analytics(ctx.db, {})
  expect(a.totals).toEqual(countsOf({ delivered: 1, failed: 1 }))
  expect(a.funnel).toEqual({ queued: 2, sent: 1, delivered: 1, read: 0, replied: 0 })
  // gb(1) sent its only read receipt for Spring: without Spring it has never sent one.
  expect(a.rates).toMatchObject({
    success: 0.5,
    read: 0,
    deliveredWithoutReadReceipts: 1,
    numbersWithoutReadReceipts: 1,
    optOuts: 0,
  })
  expect(a.rates.timeToDeliver).toEqual({ count: 1, medianSeconds: 5, p90Seconds: 5 })
  expect(a.rates.timeToReply.count).toBe(0)
  expect(a.hourly.replies.flat().every((n) => n === 0)).toBe(true)
  expect(a.variants.list).toEqual([{ variant: 'A', sent: 1, replied: 0, replyRate: 0 }])
  expect(a.errors.map((e) => [e.category, e.count])).toEqual([['timeout', 1]])
  expect(a.daily).toEqual([{ date: '2026-03-05', sent: 1, delivered: 1, read: 0, replied: 0, failed: 1 }])
  expect(a.countries).toEqual([
    { country: 'GB', callingCode: '44', messages: 2, sent: 1, replied: 0, failed: 1 },
  ])
  expect(a.campaigns.map((c) => c.name)).toEqual(['Summer'])
}

describe('analytics as history changes', () => {
  it('drops a deleted campaign from every figure', () => {
    ctx.campaigns.delete(1)
    expectOnlySummer()
  })

  it('drops pruned campaigns from every figure', () => {
    expect(pruneCampaigns(ctx.db, new Date('2026-03-03T00:00:00.000Z')).map((c) => c.name)).toEqual([
      'Spring',
    ])
    expectOnlySummer()
  })

  it('counts each move of the engine as it is written', () => {
    const messages = new MessagesRepo(ctx.db)
    const id = ctx.db
      .prepare('SELECT id FROM messages WHERE campaign_id = 2 AND phone_e164 = ?')
      .pluck()
      .get(gb(1)) as number
    expect(messages.move({ id, campaignId: 2 }, 'delivered', 'read', { at: d5('09:30:00') })).toBe(true)
    const summer = analytics(ctx.db, { campaignId: 2 })
    expect(summer.funnel).toEqual({ queued: 2, sent: 1, delivered: 1, read: 1, replied: 0 })
    expect(summer.rates.read).toBe(1)
    expect(summer.rates.timeToRead).toEqual({ count: 1, medianSeconds: 1800, p90Seconds: 1800 })
    expect(messages.move({ id, campaignId: 2 }, 'read', 'replied', { at: d5('10:00:00') })).toBe(true)
    const all = analytics(ctx.db, {})
    // 4 of the 5 sent now read; gb(3) and the US number still never send receipts.
    expect(all.rates).toMatchObject({ read: 4 / 5, deliveredWithoutReadReceipts: 2, reply: 3 / 5 })
    expect(all.hourly.replies[4]?.[10]).toBe(1)
    expect(all.daily.at(-1)).toEqual({
      date: '2026-03-05',
      sent: 1,
      delivered: 1,
      read: 1,
      replied: 1,
      failed: 1,
    })
  })
})
