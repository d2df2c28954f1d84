import fs from 'node:fs'
import path from 'node:path'
import { handleReply } from './inbound'
import { defaultOptOutKeywords } from '../../src-shared/domain/opt-out-keywords'
import { describe, expect, it } from 'vitest'
import { CampaignSchema, CampaignProgressSchema } from '../../src-shared/domain/campaigns'
import { renderMessage } from '../../src-shared/domain/template'
import { sayIn } from '../../src-shared/i18n/wording'
import { closeAfterEach, messagesOf } from '../context.test-support'
import { AppError } from '../errors'
import { rejectionOf } from '../thrown.test-support'
import { AccountsRepo } from '../db/repos/accounts-repo'
import { CampaignsService } from './campaigns-service'
import {
  dryRun,
  harness,
  newCampaign,
  phoneOf,
  saveList,
  ScriptedTransport,
  start,
  statuses,
} from './fixtures.test-support'

const closing = closeAfterEach()

async function refused(work: Promise<unknown> | (() => unknown), code: string): Promise<string> {
  const error = await rejectionOf(AppError, work)
  expect(error.code).toBe(code)
  return error.message
}

describe('creating a campaign', () => {
  it('queues each valid contact with its text rendered once, deterministically, and skips opted-out numbers', async () => {
    const h = closing(harness())
    const listId = saveList(h.ctx, 2500)
    h.ctx.optOuts.add(phoneOf(7), { source: 'manual' })
    const variants = [
      { name: 'creation', body: '{Hi|Hello} {{name}}, want a website?' },
      { name: 'enhancement', body: '{Hi|Hello} {{name}}, we can improve {{website}}' },
    ]
    const template = h.templates.save({ name: 'Offer', variants })
    const rule = {
      kind: 'condition' as const,
      field: 'website',
      test: 'empty' as const,
      then: 'creation',
      otherwise: 'enhancement',
    }
    const campaign = await h.campaigns.create({
      listId,
      templateId: template.id,
      dryRun: true,
      pace: 'safe',
      variantRule: rule,
    })
    expect(CampaignSchema.parse(campaign)).toMatchObject({
      status: 'draft',
      total: 2500,
      listName: 'Shops',
      templateName: 'Offer',
    })
    expect(campaign.counts).toMatchObject({ queued: 2499, skipped: 1 })
    const rows = messagesOf(h.ctx, campaign.id)
    expect(rows[7]).toMatchObject({ status: 'skipped', category: 'opted_out' })
    expect(rows[0]?.variant).toBe('enhancement')
    expect(rows[1]?.variant).toBe('creation')
    const contact = h.ctx.lists.contacts(listId, { offset: 0, limit: 1 }).rows[0]!
    const again = renderMessage(
      variants,
      rule,
      { name: contact.name!, ...contact.fields },
      `${campaign.id}:${contact.id}`,
    )
    expect(rows[0]?.body).toBe(again.text)
    // Later edits of the template do not change the campaign.
    h.templates.save({ id: template.id, name: 'Offer', variants: [{ name: 'creation', body: 'Changed' }] })
    expect(messagesOf(h.ctx, campaign.id)[0]?.body).toBe(again.text)
  })

  it('refuses pace none for a live campaign, live campaigns without WhatsApp, and a bad rule', async () => {
    const x = closing(harness())
    const listId = saveList(x.ctx, 3)
    const template = x.templates.save({ name: 'T', variants: [{ name: 'A', body: 'Hi' }] })
    const input = { listId, templateId: template.id, dryRun: false, pace: 'none' as const }
    expect(await refused(x.campaigns.create(input), 'BAD_INPUT')).toMatch(/only allowed for a dry run/)
    expect(await refused(x.campaigns.create({ ...input, pace: 'safe' }), 'UNAVAILABLE')).toMatch(
      /Create a dry run/,
    )
    const split = { kind: 'split' as const, weights: { A: 50, B: 50 } }
    await refused(x.campaigns.create({ ...input, dryRun: true, variantRule: split }), 'BAD_INPUT')
    await refused(x.campaigns.create({ ...input, dryRun: true, templateId: 999 }), 'NOT_FOUND')
    expect(x.campaigns.list()).toEqual([])
  })

  it('estimates the finish before start: 120 messages at the safe pace spread over three days', () => {
    const h = closing(harness())
    const listId = saveList(h.ctx, 120)
    const estimate = h.campaigns.estimate(listId, 'safe')
    expect(estimate.messages).toBe(120)
    expect(estimate.days).toBe(3)
    expect(Date.parse(estimate.finishAt!)).toBeGreaterThan(start + 2 * 24 * 3600_000)
    expect(h.campaigns.estimate(listId, 'none').days).toBe(1)
  })

  it('estimates two numbers side by side: each its share, at its own budget, done when the slower is', () => {
    const h = closing(harness())
    const listId = saveList(h.ctx, 120)
    const accounts = new AccountsRepo(h.ctx.db)
    const till = accounts.add('Till phone', '2026-03-01T00:00:00.000Z')
    const one = h.campaigns.estimate(listId, 'safe')
    const two = h.campaigns.estimate(listId, 'safe', { accounts: [{ id: 1 }, { id: till.id }] })
    // 60 each at a new number's warm-up caps: sooner than 120 through one number, never later
    expect(two.numbers.map((n) => [n.name, n.messages])).toEqual([
      ['My number', 60],
      ['Till phone', 60],
    ])
    expect(two.messages).toBe(120)
    expect(two.days).toBeLessThan(one.days)
    expect(two.finishAt).toBe([...two.numbers.map((n) => n.finishAt!)].sort().at(-1))
    // Weighted 2:1, the first number's share is the slower one
    const weighted = h.campaigns.estimate(listId, 'safe', {
      accounts: [
        { id: 1, weight: 2 },
        { id: till.id, weight: 1 },
      ],
    })
    expect(weighted.numbers.map((n) => n.messages)).toEqual([80, 40])
    expect(weighted.finishAt).toBe(weighted.numbers[0]!.finishAt)
    expect(one.numbers).toEqual([])
  })

  it('counts the numbers that opted out after the import: the list and the estimate leave them out', () => {
    const h = closing(harness())
    const listId = saveList(h.ctx, 17)
    expect(h.ctx.lists.get(listId).counts).toMatchObject({ valid: 17, opted_out: 0 })
    h.ctx.optOuts.add(phoneOf(3), { source: 'manual' })
    h.ctx.optOuts.add(phoneOf(9), { source: 'reply' })
    expect(h.ctx.lists.get(listId).counts).toMatchObject({ total: 17, valid: 15, opted_out: 2 })
    expect(h.ctx.lists.list().find((l) => l.id === listId)?.counts.valid).toBe(15)
    expect(h.campaigns.estimate(listId, 'safe').messages).toBe(15)
  })
})

describe('running a campaign', () => {
  it('pauses after the message in flight, resumes, and stops with the rest skipped', async () => {
    const transport = ScriptedTransport.delivering()
    const h = closing(harness({ transport: () => transport }))
    const id = await newCampaign(h, 20, 'safe')
    h.campaigns.start(id)
    await h.clock.sleep(100_000)
    const paused = await h.campaigns.pause(id)
    expect(paused.status).toBe('paused')
    expect(paused.statusReason).toBeNull()
    expect(h.campaigns.pauseCause(id)).toBe('user')
    const sentBefore = transport.sent.length
    expect(sentBefore).toBeGreaterThan(0)
    await h.clock.sleep(600_000)
    expect(transport.sent.length).toBe(sentBefore)
    expect(h.campaigns.resume(id).status).toBe('running')
    await h.clock.sleep(100_000)
    expect(transport.sent.length).toBeGreaterThan(sentBefore)
    const stopped = await h.campaigns.stop(id)
    expect(stopped.status).toBe('cancelled')
    expect(stopped.counts.queued + stopped.counts.sending).toBe(0)
    expect(stopped.counts.skipped).toBe(20 - transport.sent.length)
    expect(await refused(() => h.campaigns.resume(id), 'CONFLICT')).toMatch(
      /^This campaign is stopped, so it cannot be started or resumed/,
    )
  })

  it('starts a scheduled campaign at its time, and not before', async () => {
    const transport = new ScriptedTransport()
    const h = closing(harness({ transport: () => transport }))
    const id = await newCampaign(h, 2)
    const scheduled = h.campaigns.start(id, new Date(start + 3_600_000).toISOString())
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      scheduledAt: new Date(start + 3_600_000).toISOString(),
    })
    expect(CampaignProgressSchema.parse(h.campaigns.progress(id)).eta).not.toBeNull()
    await h.clock.sleep(3_599_000)
    expect(transport.attempts).toHaveLength(0)
    await h.clock.sleep(2000)
    await h.campaigns.whenDone(id)
    expect(h.campaigns.get(id).status).toBe('completed')
    expect(transport.sent).toHaveLength(2)
  })

  it('records delivered and read acks; a STOP reply opts a live recipient out everywhere, a rehearsed one never', async () => {
    const x = closing(
      harness({
        transport: (clock) =>
          dryRun(clock, {
            deliveredAfterMs: [1000, 1000],
            readAfterMs: [2000, 2000],
            readRate: 1,
            replyRate: 0,
          }),
      }),
    )
    const id = await newCampaign(x, 3)
    const later = await newCampaign(x, 3)
    x.campaigns.start(id)
    await x.campaigns.whenDone(id)
    await x.clock.sleep(10_000)
    expect(statuses(x, id)).toEqual(['read', 'read', 'read'])
    const [first, second] = messagesOf(x.ctx, id)
    const transport = (
      x.campaigns as unknown as { deps: { dryRun: { listeners: { emit: (e: string, p: unknown) => void } } } }
    ).deps.dryRun.listeners
    transport.emit('reply', { phone: first!.phone, text: 'STOP', at: x.clock.now() })
    expect(statuses(x, id)[0]).toBe('replied')
    expect(x.ctx.optOuts.list({ offset: 0, limit: 5 }).total).toBe(0)
    expect(messagesOf(x.ctx, later, 'skipped')).toHaveLength(0)

    const live = {
      messages: x.messages,
      optOuts: x.ctx.optOuts,
      keywords: () => defaultOptOutKeywords,
    }
    handleReply(
      { ...live, onChange: () => undefined, note: () => undefined, rehearsal: false },
      { phone: second!.phone, text: '¡Baja!', at: x.clock.now() },
    )
    expect(x.ctx.optOuts.list({ offset: 0, limit: 5 }).rows[0]).toMatchObject({
      phone: second!.phone,
      source: 'reply',
      reason: 'Replied “¡Baja!” to a campaign',
    })
    const skipped = messagesOf(x.ctx, later, 'skipped')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]).toMatchObject({ phone: second!.phone, category: 'opted_out' })
    const events = x.messages.events.ofMessage(second!.id).map((e) => e.to)
    expect(events).toEqual(['queued', 'sending', 'sent', 'delivered', 'read', 'replied'])
  })
})

describe('recovery after a crash', () => {
  it('marks a campaign left running as interrupted, then reconciles its sending rows on resume', async () => {
    const transport = new ScriptedTransport()
    const x = closing(harness({ transport: () => transport }))
    const id = await newCampaign(x, 4)
    // What a kill leaves behind: the campaign running, messages 1-3 committed as `sending`.
    x.ctx.db.prepare("UPDATE campaigns SET status = 'running' WHERE id = ?").run(id)
    for (const m of messagesOf(x.ctx, id).slice(0, 3)) {
      x.messages.move({ id: m.id, campaignId: id }, 'queued', 'sending', {
        at: 'then',
        attempt: true,
      })
    }
    transport.reconcileAnswer = (m) =>
      m.messageId === 1 ? 'sent' : m.messageId === 2 ? 'not_sent' : 'unknown'
    const other = new CampaignsService({
      ...(x.campaigns as unknown as { deps: ConstructorParameters<typeof CampaignsService>[0] }).deps,
      locksDir: path.join(x.dir, 'locks'),
    })
    other.recover()
    const interrupted = other.get(id)
    expect(interrupted.status).toBe('interrupted')
    expect(interrupted.statusReason).toMatch(/never sent twice/)
    expect(sayIn('ar', interrupted.statusReasonPhrase!)).toMatch(/^أُغلق Herald أثناء إرسال هذه الحملة/)
    other.resume(id)
    expect(await other.whenDone(id)).toBe('completed')
    await other.close()
    const rows = messagesOf(x.ctx, id)
    expect(rows.map((m) => [m.status, m.category])).toEqual([
      ['sent', null],
      ['sent', null],
      ['failed', 'uncertain'],
      ['sent', null],
    ])
    // Message 1 was already out: only 2 (queued again) and 4 were sent by the resumed run; 3 never.
    expect(transport.sent.map((m) => m.messageId)).toEqual([2, 4])
  })

  it('removes a campaign whose creation was cut short, and leaves one sent by a live process alone', async () => {
    const h = closing(harness())
    const id = await newCampaign(h, 2)
    h.ctx.db.prepare('UPDATE campaigns SET prepared = 0 WHERE id = ?').run(id)
    const sentElsewhere = await newCampaign(h, 2)
    h.ctx.db.prepare("UPDATE campaigns SET status = 'running' WHERE id = ?").run(sentElsewhere)
    fs.mkdirSync(path.join(h.dir, 'locks'), { recursive: true })
    // The parent of this test process is alive: as if another Herald were sending the campaign.
    fs.writeFileSync(path.join(h.dir, 'locks', `campaign-${sentElsewhere}.lock`), String(process.ppid))
    h.campaigns.recover()
    expect(h.campaigns.list().map((c) => [c.id, c.status])).toEqual([[sentElsewhere, 'running']])
    expect(await refused(() => h.campaigns.stop(sentElsewhere), 'CONFLICT')).toMatch(
      /already being sent by another Herald/,
    )
  })
})
