import { afterEach, describe, expect, it } from 'vitest'
import { sayIn } from '../../src-shared/i18n/wording'
import { AccountsRepo } from '../db/repos/accounts-repo'
import type { Transport } from '../transport/transport'
import type { Harness } from './fixtures.test-support'
import { harness, saveList, ScriptedTransport } from './fixtures.test-support'
import type { LiveNumbers } from './numbers'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

/** Three numbers, each with its own scripted transport: what WhatsAppNumbers gives the campaigns. */
function threeNumbers(transports: Record<number, ScriptedTransport>): LiveNumbers {
  return {
    transport: (accountId) => transports[accountId]!,
    each: (listener) => {
      const stops = Object.entries(transports).map(([id, t]) => listener(Number(id), t as Transport))
      return () => stops.forEach((stop) => stop())
    },
  }
}

type Row = { phone: string; account_id: number; status: string }

describe('a campaign over three numbers', () => {
  it('sends each contact at most one message, from its number, when one disconnects and one trips its breaker', async () => {
    // A sends everything; B loses its connection at its 4th send; C fails three times in a row from its 3rd
    let bDrops = true
    const a = new ScriptedTransport()
    const b = new ScriptedTransport((attempt) => (attempt === 4 && bDrops ? 'disconnected' : undefined))
    const c = new ScriptedTransport((attempt) => (attempt >= 3 && attempt <= 5 ? 'unknown' : undefined))
    // B's message caught by the disconnection never left
    b.reconcileAnswer = (m) => (b.sent.some((s) => s.messageId === m.messageId) ? 'sent' : 'not_sent')
    h = harness({ deps: { live: threeNumbers({ 1: a, 2: b, 3: c }) } })
    const accounts = new AccountsRepo(h.ctx.db)
    const second = accounts.add('Till phone', '2026-03-01T00:00:00.000Z')
    const third = accounts.add('Van phone', '2026-03-01T00:00:00.000Z')
    h.ctx.settings.update({
      'whatsapp.establishedNumber': 'yes',
      'pacing.windowStart': '00:00',
      'pacing.windowEnd': '24:00',
    })
    accounts.setEstablished(second.id, true)
    accounts.setEstablished(third.id, true)
    const listId = saveList(h.ctx, 30)
    const template = h.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
    const campaign = await h.campaigns.create({
      listId,
      templateId: template.id,
      dryRun: false,
      pace: 'fast',
      accounts: [{ id: 1 }, { id: second.id }, { id: third.id }],
    })
    const rows = (): Row[] =>
      h!.ctx.db
        .prepare(
          'SELECT phone_e164 AS phone, account_id, status FROM messages WHERE campaign_id = ? ORDER BY id',
        )
        .all(campaign.id) as Row[]
    // Dealt in turn at creation: ten each
    expect(
      rows()
        .map((r) => r.account_id)
        .slice(0, 6),
    ).toEqual([1, 2, 3, 1, 2, 3])
    const assigned = new Map(rows().map((r) => [r.phone, r.account_id]))

    h.campaigns.start(campaign.id)
    expect(await h.campaigns.whenDone(campaign.id)).toBe('paused')

    // A finished its ten; B and C paused their own shares and the campaign paused when A was done
    const progress = h.campaigns.progress(campaign.id)
    const share = (id: number) => progress.byAccount!.find((s) => s.accountId === id)!
    expect(share(1).counts.sent).toBe(10)
    expect(share(second.id).paused?.cause).toBe('disconnected')
    expect(share(third.id).paused?.cause).toBe('breaker')
    expect(progress.status).toBe('paused')
    expect(progress.statusReason).toMatch(/^Till phone: /)
    // The window words each number's reason in its language; the campaign's is the paused number's own
    const said = share(second.id).paused?.reasonPhrase
    expect(said && sayIn('es', said)).toMatch(/^WhatsApp desconectado\. Comprueba que el teléfono/)
    expect(progress.statusReasonPhrase).toEqual(said)
    expect(sayIn('es', share(third.id).paused!.reasonPhrase!)).toMatch(
      /^No se pudieron enviar 3 mensajes seguidos/,
    )
    // Nothing moved by itself: each number sent only contacts assigned to it
    for (const [t, id] of [
      [a, 1],
      [b, second.id],
      [c, third.id],
    ] as const)
      for (const m of t.attempts) expect(assigned.get(m.phone)).toBe(id)

    // The user moves the van's rest to the other numbers, B reconnects, and the campaign resumes
    const before = rows().filter((r) => r.account_id === third.id && r.status === 'queued').length
    expect(before).toBeGreaterThan(0)
    h.campaigns.moveRest(campaign.id, third.id)
    expect(rows().filter((r) => r.account_id === third.id && r.status === 'queued')).toHaveLength(0)
    bDrops = false
    h.campaigns.resume(campaign.id)
    expect(await h.campaigns.whenDone(campaign.id)).toBe('completed')

    // Every contact got one message at most, and from the number its message belongs to
    const sent = [...a.sent, ...b.sent, ...c.sent]
    const phones = sent.map((m) => m.phone)
    expect(new Set(phones).size).toBe(phones.length)
    const final = rows()
    const byPhone = new Map(final.map((r) => [r.phone, r]))
    for (const [t, id] of [
      [a, 1],
      [b, second.id],
      [c, third.id],
    ] as const)
      for (const m of t.sent) expect(byPhone.get(m.phone)!.account_id).toBe(id)
    // C's three failures stay failed (never sent twice); everything else went out
    expect(final.filter((r) => r.status === 'failed')).toHaveLength(3)
    expect(final.filter((r) => r.status === 'sent')).toHaveLength(27)
    expect(phones).toHaveLength(27)
  })

  it('keeps a budget per number: each number’s sends are paced apart while the three send side by side', async () => {
    const transports = { 1: new ScriptedTransport(), 2: new ScriptedTransport(), 3: new ScriptedTransport() }
    h = harness({ deps: { live: threeNumbers(transports) } })
    const accounts = new AccountsRepo(h.ctx.db)
    const ids = [1, accounts.add('Till', 'x').id, accounts.add('Van', 'x').id]
    h.ctx.settings.update({
      'whatsapp.establishedNumber': 'yes',
      'pacing.windowStart': '00:00',
      'pacing.windowEnd': '24:00',
    })
    ids.slice(1).forEach((id) => accounts.setEstablished(id, true))
    const listId = saveList(h.ctx, 24)
    const template = h.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
    const campaign = await h.campaigns.create({
      listId,
      templateId: template.id,
      dryRun: false,
      pace: 'fast',
      accounts: ids.map((id) => ({ id })),
    })
    h.campaigns.start(campaign.id)
    expect(await h.campaigns.whenDone(campaign.id)).toBe('completed')
    const slots = h.ctx.db.prepare('SELECT account, at FROM send_slots ORDER BY at').all() as {
      account: string
      at: number
    }[]
    const of = (key: string): number[] => slots.filter((s) => s.account === key).map((s) => s.at)
    for (const key of ['whatsapp', 'whatsapp:2', 'whatsapp:3']) {
      const own = of(key)
      expect(own).toHaveLength(8)
      // The fast pace: at least 15 s between two sends of the same number
      own.slice(1).forEach((at, i) => expect(at - own[i]!).toBeGreaterThanOrEqual(15_000))
    }
    // …but not between the numbers: they share nothing, so all 24 went out in about the time of 8
    const span = slots.at(-1)!.at - slots[0]!.at
    expect(span).toBeLessThan(8 * 36_000)
    const closest = Math.min(...slots.slice(1).map((s, i) => s.at - slots[i]!.at))
    expect(closest).toBeLessThan(15_000)
  })
})
