import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { CampaignProgressSchema } from '../../src-shared/domain/campaigns'
import type { CampaignProgress } from '../../src-shared/domain/campaigns'
import { closeAfterEach, messagesOf } from '../context.test-support'
import { harness, newCampaign, ScriptedTransport, start, statuses } from './fixtures.test-support'
import type { Harness } from './fixtures.test-support'

const closing = closeAfterEach()

/** A new campaign of `count` messages run through `transport` until it stops: its harness, its id, how it ended. */
async function runThrough(
  transport: ScriptedTransport,
  count: number,
  pace?: Parameters<typeof newCampaign>[2],
): Promise<{ h: Harness; id: number; ended: string }> {
  const h = closing(harness({ transport: () => transport }))
  const id = await newCampaign(h, count, pace)
  h.campaigns.start(id)
  return { h, id, ended: await h.campaigns.whenDone(id) }
}

describe('campaign engine', () => {
  it('sends every message once at the safe pace, never closer than the shortest delay', async () => {
    const transport = ScriptedTransport.delivering()
    const x = closing(harness({ transport: () => transport }))
    const id = await newCampaign(x, 30, 'safe')
    const times: number[] = []
    transport.onSend = () => times.push(x.clock.now())
    x.campaigns.start(id)
    expect(await x.campaigns.whenDone(id)).toBe('completed')
    expect(x.campaigns.get(id)).toMatchObject({ status: 'completed', total: 30 })
    expect(new Set(transport.sent.map((m) => m.phone)).size).toBe(30)
    const gaps = times.slice(1).map((t, i) => t - times[i]!)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40_000)
    // Safe allows 20 an hour: the 21st message waits for the rolling hour.
    expect(times[20]! - times[0]!).toBeGreaterThanOrEqual(3_600_000)
    expect(times[0]).toBeGreaterThanOrEqual(start)
  })

  it('commits the sending intent, fully synced, before the transport is called', async () => {
    const transport = new ScriptedTransport()
    const x = closing(harness({ transport: () => transport }))
    const id = await newCampaign(x, 3)
    const reader = new Sqlite(x.ctx.paths.databasePath, { readonly: true })
    const seen: string[] = []
    transport.onSend = (m) => {
      seen.push(reader.prepare('SELECT status FROM messages WHERE id = ?').pluck().get(m.messageId) as string)
      seen.push(String(x.ctx.db.pragma('synchronous', { simple: true })))
    }
    x.campaigns.start(id)
    await x.campaigns.whenDone(id)
    reader.close()
    // Read from another connection, so committed; synchronous is back to NORMAL (1) once committed.
    expect(seen).toEqual(['sending', '1', 'sending', '1', 'sending', '1'])
    const events = x.messages.events.ofMessage(1).map((e) => `${e.from}->${e.to}`)
    expect(events).toEqual(['null->queued', 'queued->sending', 'sending->sent'])
  })

  it('sends nothing and pauses with the reason when the intent cannot be written', async () => {
    const transport = new ScriptedTransport()
    const h = closing(harness({ transport: () => transport }))
    const id = await newCampaign(h, 3)
    h.ctx.db.exec(`CREATE TEMP TRIGGER refuse BEFORE UPDATE OF status ON messages WHEN NEW.status = 'sending'
      BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`)
    h.campaigns.start(id)
    expect(await h.campaigns.whenDone(id)).toBe('paused')
    expect(transport.attempts).toHaveLength(0)
    const campaign = h.campaigns.get(id)
    expect(campaign.status).toBe('paused')
    expect(campaign.statusReason).toMatch(
      /could not record the message .* so it did not send it \(disk I\/O error\)/,
    )
    expect(campaign.counts.queued).toBe(3)
    expect(h.campaigns.pauseCause(id)).toBe('storage')
  })

  it('retries a network failure with backoff, asking first whether it went out', async () => {
    const transport = new ScriptedTransport((attempt) => (attempt <= 2 ? 'network' : undefined))
    const x = closing(harness({ transport: () => transport }))
    const id = await newCampaign(x, 2)
    const times: number[] = []
    const original = transport.onSend
    transport.onSend = (m) => {
      original(m)
      times.push(x.clock.now())
    }
    x.campaigns.start(id)
    expect(await x.campaigns.whenDone(id)).toBe('completed')
    expect(statuses(x, id)).toEqual(['sent', 'sent'])
    // Message 1 failed at t0, message 2 failed right after; retries wait 1 s (pace none), both then succeed.
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(1000)
    expect(x.messages.get(1)?.attempts).toBe(2)
  })

  it('gives up after three attempts and records the category', async () => {
    const transport = new ScriptedTransport((_, m) => (m.messageId === 1 ? 'timeout' : undefined))
    const { h, id, ended } = await runThrough(transport, 3)
    expect(ended).toBe('completed')
    const first = messagesOf(h.ctx, id)[0]
    expect(first).toMatchObject({ status: 'failed', category: 'timeout', attempts: 3 })
    expect(first?.detail).toMatch(/Gave up after 3 attempts/)
  })

  it('marks uncertain, never resends, when a failed send cannot be checked', async () => {
    const transport = new ScriptedTransport((_, m) => (m.messageId === 2 ? 'timeout' : undefined))
    transport.reconcileAnswer = () => 'unknown'
    const { h, id } = await runThrough(transport, 3)
    expect(statuses(h, id)).toEqual(['sent', 'failed', 'sent'])
    expect(messagesOf(h.ctx, id, 'failed')[0]?.category).toBe('uncertain')
    expect(transport.attempts.filter((m) => m.messageId === 2)).toHaveLength(1)
  })

  it('skips a number not on WhatsApp and fails an attachment problem without retrying', async () => {
    const transport = new ScriptedTransport((_, m) =>
      m.messageId === 1 ? 'not_on_whatsapp' : m.messageId === 2 ? 'media_error' : undefined,
    )
    const { h, id } = await runThrough(transport, 3)
    expect(statuses(h, id)).toEqual(['skipped', 'failed', 'sent'])
    expect(transport.attempts).toHaveLength(3)
  })

  it('pauses on a lost connection, leaving the message to be checked on resume', async () => {
    let down = true
    const transport = new ScriptedTransport((_, m) =>
      down && m.messageId === 2 ? 'disconnected' : undefined,
    )
    const { h, id, ended } = await runThrough(transport, 3)
    expect(ended).toBe('paused')
    expect(h.campaigns.get(id).statusReason).toMatch(/^WhatsApp disconnected\. Check that the phone/)
    expect(h.campaigns.pauseCause(id)).toBe('disconnected')
    expect(statuses(h, id)).toEqual(['sent', 'sending', 'queued'])
    down = false
    h.campaigns.resume(id)
    expect(h.campaigns.pauseCause(id)).toBeNull()
    expect(await h.campaigns.whenDone(id)).toBe('completed')
    expect(statuses(h, id)).toEqual(['sent', 'sent', 'sent'])
    expect(transport.sent.map((m) => m.messageId)).toEqual([1, 2, 3])
  })

  it('pauses itself after three failures in a row', async () => {
    const transport = new ScriptedTransport(() => 'media_error')
    const { h, id, ended } = await runThrough(transport, 10)
    expect(ended).toBe('paused')
    expect(h.campaigns.get(id).statusReason).toMatch(
      /^3 messages in a row could not be sent \(last: Attachment problem\)/,
    )
    expect(transport.attempts).toHaveLength(3)
    expect(h.campaigns.pauseCause(id)).toBe('breaker')
  })

  it('finishes instead of pausing when the breaker trips on the last message', async () => {
    const transport = new ScriptedTransport(() => 'media_error')
    const { h, id, ended } = await runThrough(transport, 3)
    // Three failures in a row trip the breaker, but nothing is left that a pause would protect.
    expect(ended).toBe('completed')
    expect(statuses(h, id)).toEqual(['failed', 'failed', 'failed'])
    expect(h.campaigns.get(id)).toMatchObject({ status: 'completed', statusReason: null })
  })

  it('pauses itself when too few of the last sends were delivered', async () => {
    const transport = new ScriptedTransport()
    const { h, id, ended } = await runThrough(transport, 40, 'fast')
    expect(ended).toBe('paused')
    expect(h.campaigns.get(id).statusReason).toMatch(/^Only 0 of the last \d+ messages sent were delivered/)
    expect(h.campaigns.get(id).counts.sent).toBeLessThan(15)
    expect(h.campaigns.pauseCause(id)).toBe('breaker')
  })

  it('pushes progress at most ten times a second, the last state always delivered', async () => {
    const transport = new ScriptedTransport()
    const x = closing(harness({ transport: () => transport }))
    const id = await newCampaign(x, 200)
    const pushed: { at: number; p: CampaignProgress }[] = []
    x.ctx.events.subscribe((event, payload) => {
      if (event === 'campaign:progress') pushed.push({ at: x.clock.now(), p: payload as CampaignProgress })
    })
    x.campaigns.start(id)
    await x.campaigns.whenDone(id)
    await x.clock.sleep(1000)
    for (let i = 1; i < pushed.length; i += 1)
      expect(pushed[i]!.at - pushed[i - 1]!.at).toBeGreaterThanOrEqual(100)
    const last = CampaignProgressSchema.parse(pushed.at(-1)!.p)
    expect(last).toMatchObject({ status: 'completed', total: 200, eta: null })
    expect(last.counts.sent).toBe(200)
    expect(last.recent).toHaveLength(20)
    expect(last.perMinute).toHaveLength(30)
    expect(last.perMinute.reduce((a, b) => a + b.sent, 0)).toBe(200)
  })
})
