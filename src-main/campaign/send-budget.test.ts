import path from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { closeAfterEach } from '../context.test-support'
import type { PacingSpec } from '../../src-shared/domain/campaigns'
import { pacingPresets } from '../../src-shared/domain/pacing'
import { SendSlotsRepo } from '../db/repos/send-slots-repo'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import { attachmentsDirOf } from './attachments'
import { CampaignsService } from './campaigns-service'
import { SendBudget } from './send-budget'
import { dryRun, harness, newCampaign, start, twoSafeCampaigns } from './fixtures.test-support'
import type { Harness } from './fixtures.test-support'

const SECOND = 1000
const HOUR = 3600 * SECOND
const DAY = 24 * HOUR

const closing = closeAfterEach()

/** Every slot the account took, oldest first. */
const slotsOf = (h: Harness, account: 'whatsapp' | 'dry-run'): number[] =>
  new SendSlotsRepo(h.ctx.db).since(account, 0)

function mostWithin(times: readonly number[], span: number): number {
  let most = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= span) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

const smallestGap = (times: readonly number[]): number =>
  Math.min(...times.slice(1).map((t, i) => t - times[i]!))

describe('one sending budget for the account', () => {
  it('two campaigns sending at once never break the gap or the caps together, over more than a day', async () => {
    const h = closing(harness())
    const [a, b] = await twoSafeCampaigns(h, 35)
    h.campaigns.start(a)
    h.campaigns.start(b)
    expect(await Promise.all([h.campaigns.whenDone(a), h.campaigns.whenDone(b)])).toEqual([
      'completed',
      'completed',
    ])
    const slots = slotsOf(h, 'dry-run')
    expect(slots).toHaveLength(70)
    const safe = pacingPresets.safe.values
    expect(smallestGap(slots)).toBeGreaterThanOrEqual(safe.minDelaySeconds * SECOND)
    expect(mostWithin(slots, HOUR)).toBeLessThanOrEqual(safe.hourlyCap)
    expect(mostWithin(slots, DAY)).toBeLessThanOrEqual(safe.dailyCap)
    // The daily cap made them wait for a second day, and both campaigns sent in the first hour
    expect(slots.at(-1)! - slots[0]!).toBeGreaterThan(DAY)
    const firstHour = h.ctx.db
      .prepare('SELECT DISTINCT campaign_id FROM send_slots WHERE at < ? ORDER BY campaign_id')
      .pluck()
      .all(slots[0]! + HOUR)
    expect(firstHour).toEqual([a, b])
  }, 30_000)

  it('holds across two connections to one database, as two processes would', async () => {
    const h = closing(harness())
    // A second Herald on the same file: its own connection and services, the same simulated time
    const other = new Sqlite(path.join(h.dir, 'herald.db'), { timeout: 5000 })
    other.pragma('journal_mode = WAL')
    migrate(other, migrations, 'other')
    const second = new CampaignsService({
      db: other,
      events: h.ctx.events,
      record: () => undefined,
      settings: h.ctx.settings,
      lists: h.ctx.lists,
      optOuts: h.ctx.optOuts,
      clock: h.clock,
      locksDir: path.join(h.dir, 'locks'),
      attachmentsDir: attachmentsDirOf(h.dir),
      dryRun: dryRun(h.clock),
    })
    try {
      const [a, b] = await twoSafeCampaigns(h, 25)
      h.campaigns.start(a)
      second.start(b)
      await Promise.all([h.campaigns.whenDone(a), second.whenDone(b)])
      const slots = slotsOf(h, 'dry-run')
      expect(slots).toHaveLength(50)
      expect(smallestGap(slots)).toBeGreaterThanOrEqual(40 * SECOND)
      expect(mostWithin(slots, HOUR)).toBeLessThanOrEqual(20)
    } finally {
      await second.close()
      other.close()
    }
  }, 30_000)

  it('keeps dry runs and the WhatsApp number on budgets of their own', async () => {
    const h = closing(harness())
    const a = await newCampaign(h, 3, 'safe')
    h.campaigns.start(a)
    await h.campaigns.whenDone(a)
    expect(slotsOf(h, 'dry-run')).toHaveLength(3)
    expect(slotsOf(h, 'whatsapp')).toEqual([])
  })

  it('a test run without waiting (pace none) takes no slot', async () => {
    const h = closing(harness())
    const a = await newCampaign(h, 5, 'none')
    h.campaigns.start(a)
    await h.campaigns.whenDone(a)
    expect(slotsOf(h, 'dry-run')).toEqual([])
  })
})

describe('the warm-up of a new number', () => {
  const fast: PacingSpec = {
    preset: 'fast',
    ...pacingPresets.fast.values,
    // Caps above the warm-up's, so that the warm-up is what binds
    hourlyCap: 200,
    dailyCap: 1000,
    windowStart: '00:00',
    windowEnd: '24:00',
    warmUp: false,
    typingSeconds: 0,
  }

  function budgetOn(established = false): { budget: SendBudget; slots: SendSlotsRepo } {
    const db = new Sqlite(':memory:')
    migrate(db, migrations, ':memory:')
    const slots = new SendSlotsRepo(db)
    const budget = new SendBudget({ slots, established: () => established })
    return { budget, slots }
  }

  /** `count` sends spread evenly over the 24 hours before `now`, the last one a minute before it. */
  function sentBefore(slots: SendSlotsRepo, now: number, count: number): void {
    const step = Math.floor((DAY - 120_000) / count)
    for (let i = 0; i < count; i++) slots.take('whatsapp', now - DAY + 60_000 + i * step, 1, i + 1)
  }

  it.each([
    [1, 20, 50],
    [3, 40, 200],
    [7, 80, 500],
  ])('binds on day %i: %i an hour, %i a day', (day, hourlyCap, dailyCap) => {
    const { budget, slots } = budgetOn()
    const now = start + (day - 1) * DAY + 12 * HOUR
    slots.take('whatsapp', start, 1, 0) // the number's first Herald send
    expect(budget.warmUp(false, now, fast)).toEqual({ day, hourlyCap, dailyCap })
    const firstCounts = day === 1 ? 1 : 0
    sentBefore(slots, now, dailyCap - 1 - firstCounts)
    const campaign = budget.forCampaign({ id: 9, dryRun: false, pacing: fast })!
    expect(campaign.nextFree(now, 0.5)).toBe(now)
    slots.take('whatsapp', now - 50 * SECOND, 9, 99)
    // At the day's cap: the next slot is when the oldest send of the last 24 hours drops out
    const oldest = slots.since('whatsapp', now - DAY)[0]!
    expect(campaign.nextFree(now + 60 * SECOND, 0.5)).toBe(oldest + DAY)
  })

  it('stops binding on day 11, and never applies to a number declared established', () => {
    const { budget, slots } = budgetOn()
    const now = start + 10 * DAY + 12 * HOUR
    slots.take('whatsapp', start, 1, 0)
    expect(budget.warmUp(false, now, fast)).toBeNull()
    sentBefore(slots, now, 60)
    expect(budget.forCampaign({ id: 9, dryRun: false, pacing: fast })!.nextFree(now, 0.5)).toBe(now)
    const young = budgetOn(true)
    young.slots.take('whatsapp', start, 1, 0)
    expect(young.budget.warmUp(false, start + HOUR, fast)).toBeNull()
    sentBefore(young.slots, start + DAY, 60)
    expect(young.budget.forCampaign({ id: 9, dryRun: false, pacing: fast })!.nextFree(start + DAY, 0.5)).toBe(
      start + DAY,
    )
  })
})

describe('a crash between taking a slot and sending', () => {
  it('takes nothing when the intent fails, and leaves the budget free for the next try', () => {
    const db = new Sqlite(':memory:')
    migrate(db, migrations, ':memory:')
    const slots = new SendSlotsRepo(db)
    const budget = new SendBudget({ slots, established: () => true })
    const campaign = budget.forCampaign({
      id: 1,
      dryRun: false,
      pacing: {
        preset: 'safe',
        ...pacingPresets.safe.values,
        windowStart: '00:00',
        windowEnd: '24:00',
        warmUp: false,
        typingSeconds: 0,
      },
    })!
    expect(() =>
      campaign.claim(start, 0.5, 7, () => {
        throw new Error('disk I/O error')
      }),
    ).toThrow(/disk I\/O/)
    expect(slots.since('whatsapp', 0)).toEqual([])
    expect(campaign.nextFree(start, 0.5)).toBe(start)
    expect(campaign.claim(start, 0.5, 7, () => true)).toEqual({ taken: true })
    // A slot whose message was recorded as sending counts: the next one waits for the gap, no longer
    const next = campaign.nextFree(start, 0.5)
    expect(next - start).toBeGreaterThanOrEqual(40 * SECOND)
    expect(next - start).toBeLessThanOrEqual(90 * SECOND)
  })
})
