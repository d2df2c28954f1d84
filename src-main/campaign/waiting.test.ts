import { describe, expect, it } from 'vitest'
import type { CampaignProgress, PacingSpec, Waiting } from '../../src-shared/domain/campaigns'
import { settingDefaults } from '../../src-shared/domain/settings'
import { closeAfterEach } from '../context.test-support'
import { SendSlotsRepo } from '../db/repos/send-slots-repo'
import { paceSpec } from './pace-presets'
import { Pacer } from './pacing'
import { SendBudget } from './send-budget'
import { harness, newCampaign, start } from './fixtures.test-support'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const closing = closeAfterEach()

/** 23:56 on a Saturday in São Paulo (UTC−3 all year), where the recipients are; no machine clock or zone. */
const lateEvening = Date.UTC(2026, 2, 7, 2, 56)
const saoPaulo = 'America/Sao_Paulo'

const spec = (changes: Partial<PacingSpec> = {}): PacingSpec => ({
  ...paceSpec('fast', settingDefaults),
  windowStart: '00:00',
  windowEnd: '24:00',
  ...changes,
})

/** A pacer that has sent at each of `sentAt`, drawing the middle of the delay range. */
const pacer = (s: PacingSpec, sentAt: number[] = []): Pacer => new Pacer(s, () => 0.5, { sentAt })

describe('why the next message waits', () => {
  it('says the sending window when it is closed in the recipients’ time, until it opens', () => {
    const decision = pacer(spec({ windowStart: '09:00', windowEnd: '20:00' })).decide(lateEvening, saoPaulo)
    expect(decision).toEqual({ at: Date.UTC(2026, 2, 7, 12, 0), reason: 'window' })
    expect(decision.at - lateEvening).toBe(9 * HOUR + 4 * MINUTE)
  })

  it('says the window when a gap ends after it closes, and nothing when a message may go now', () => {
    const lastAt = Date.UTC(2026, 2, 6, 22, 59, 50) // 19:59:50 in São Paulo
    const windowed = spec({ windowStart: '09:00', windowEnd: '20:00' })
    expect(pacer(windowed, [lastAt]).decide(lastAt + 1000, saoPaulo).reason).toBe('window')
    expect(pacer(windowed).decide(Date.UTC(2026, 2, 6, 15), saoPaulo)).toEqual({
      at: Date.UTC(2026, 2, 6, 15),
      reason: null,
    })
  })

  it('treats 00:00–00:00 and 00:00–24:00 as any time of day', () => {
    for (const windowEnd of ['00:00', '24:00']) {
      const anyTime = spec({ windowStart: '00:00', windowEnd })
      expect(pacer(anyTime).decide(lateEvening, saoPaulo)).toEqual({ at: lateEvening, reason: null })
    }
  })

  it('says the random gap between messages after a send', () => {
    const s = spec({ minDelaySeconds: 20, maxDelaySeconds: 40 })
    expect(pacer(s, [lateEvening]).decide(lateEvening + 1000, saoPaulo)).toEqual({
      at: lateEvening + 30_000,
      reason: 'pace',
    })
  })

  it('says the batch pause after a full batch', () => {
    const s = spec({ batchSize: 3, batchPauseMinutes: 10 })
    const sent = [0, 1, 2].map((i) => lateEvening + i * 30_000)
    expect(pacer(s, sent).decide(sent[2]! + 1000, saoPaulo)).toEqual({
      at: sent[2]! + 10 * MINUTE,
      reason: 'batch_pause',
    })
  })

  it('says the hourly cap, then the daily cap, whichever holds the message longest', () => {
    const sent = [0, 1, 2].map((i) => lateEvening + i * MINUTE)
    const hourly = spec({ batchPauseMinutes: 0, hourlyCap: 3, dailyCap: 10 })
    expect(pacer(hourly, sent).decide(sent[2]! + MINUTE, saoPaulo)).toEqual({
      at: sent[0]! + HOUR,
      reason: 'hourly_cap',
    })
    const daily = spec({ batchPauseMinutes: 0, hourlyCap: 3, dailyCap: 3 })
    expect(pacer(daily, sent).decide(sent[2]! + MINUTE, saoPaulo)).toEqual({
      at: sent[0]! + 24 * HOUR,
      reason: 'daily_cap',
    })
  })

  it('says the warm-up when a new number’s lower caps hold it, not the pace’s own', () => {
    const sent = Array.from({ length: 20 }, (_, i) => lateEvening + i * MINUTE)
    const s = spec({ batchPauseMinutes: 0, warmUp: true })
    const decision = new Pacer(s, () => 0.5, { sentAt: sent, firstSendAt: sent[0] }).decide(
      sent[19]! + MINUTE,
      saoPaulo,
    )
    expect(decision).toEqual({ at: sent[0]! + HOUR, reason: 'warm_up' })
  })

  it('says the shared budget when another campaign on the number sent last, the pace when this one did', () => {
    const h = closing(harness())
    const slots = new SendSlotsRepo(h.ctx.db)
    const budget = new SendBudget({ slots, established: () => true })
    const mine = budget.forCampaign({ id: 1, dryRun: true, pacing: spec() })!
    slots.take('dry-run', lateEvening, 2, 10)
    expect(mine.decide(lateEvening + 1000, 0.5)).toMatchObject({ reason: 'shared_budget' })
    slots.take('dry-run', lateEvening + 40_000, 1, 11)
    expect(mine.decide(lateEvening + 41_000, 0.5)).toMatchObject({ reason: 'pace' })
  })

  it('shows the engine’s own wait in the live view: a Fast dry run at 23:56 waits for 09:00 in London', async () => {
    const h = closing(harness())
    h.ctx.settings.update({ 'pacing.windowStart': '09:00', 'pacing.windowEnd': '20:00' })
    h.clock.advance(Date.UTC(2026, 2, 2, 23, 56) - start)
    const id = await newCampaign(h, 2, 'fast')
    const seen: (Waiting | null | undefined)[] = []
    h.ctx.events.subscribe((event, payload) => {
      const progress = payload as CampaignProgress
      if (event === 'campaign:progress' && progress.campaignId === id) seen.push(progress.waiting)
    })
    h.campaigns.start(id)
    expect(await h.campaigns.whenDone(id)).toBe('completed')
    const window = seen.find((w) => w?.reason === 'window')
    expect(window).toEqual({
      reason: 'window',
      until: '2026-03-03T09:00:00.000Z',
      opensAt: '09:00',
      // The recipients' zone, from their number (+44 7911 is Guernsey's range, on London time)
      zone: 'Europe/Guernsey',
    })
    expect(seen.some((w) => w?.reason === 'pace')).toBe(true)
    // Finished: nothing waits any more
    expect(h.campaigns.progress(id).waiting).toBeNull()
  })
})
