import { describe, expect, it, vi } from 'vitest'
import { phoneOf } from '../campaign/fixtures.test-support'
import {
  chatOf,
  completedLiveCampaign,
  connectedPerTest,
  liveCampaign,
  rows,
  until,
} from './live-world.test-support'

const connected = connectedPerTest()

describe('a live campaign over WhatsApp', () => {
  it('sends each contact one message, WhatsApp ids stored, typing first', async () => {
    const { w, fake } = await connected()
    const id = await completedLiveCampaign(w, 4)
    expect(fake.sent.map((s) => s.chatId).sort()).toEqual([0, 1, 2, 3].map((i) => chatOf(phoneOf(i))))
    expect(fake.sent.every((s) => s.stateAtSend === 'CONNECTED')).toBe(true)
    expect(fake.typing.filter((t) => t.state === 'typing')).toHaveLength(4)
    const stored = rows(w, id).map((m) => w.messages.get(m.id)?.waMessageId)
    expect(stored.sort()).toEqual(fake.sent.map((s) => s.message.id._serialized).sort())
  })

  it('skips numbers not on WhatsApp without trying to send, and without pausing the campaign', async () => {
    const { w, fake } = await connected((_phone, i) => i === 0 || i === 5)
    const id = await completedLiveCampaign(w, 6)
    expect(fake.sendCalls).toBe(2)
    const skipped = rows(w, id).filter((m) => m.status === 'skipped')
    expect(skipped.map((m) => m.phone)).toEqual([1, 2, 3, 4].map(phoneOf))
    expect(skipped.every((m) => m.category === 'not_on_whatsapp')).toBe(true)
    expect(skipped.every((m) => m.attempts === 0)).toBe(true)
  })

  it('moves messages to delivered and read on acks, and records replies and opt-outs', async () => {
    const { w, fake } = await connected()
    const id = await liveCampaign(w, 3)
    const later = await liveCampaign(w, 3)
    w.campaigns.start(id)
    await w.campaigns.whenDone(id)
    const idOf = (i: number): string =>
      fake.sent.find((s) => s.chatId === chatOf(phoneOf(i)))!.message.id._serialized
    fake.ack(idOf(0), 2)
    fake.ack(idOf(1), 2)
    fake.ack(idOf(1), 3)
    fake.ack(idOf(2), 4)
    const byPhone = (): Record<string, string> =>
      Object.fromEntries(rows(w, id).map((m) => [m.phone, m.status]))
    expect(byPhone()).toEqual({ [phoneOf(0)]: 'delivered', [phoneOf(1)]: 'read', [phoneOf(2)]: 'read' })
    fake.receive({ from: phoneOf(0), body: 'How much is a website?' })
    fake.receive({ from: phoneOf(1), body: 'STOP' })
    await until(() => w.ctx.optOuts.has(phoneOf(1)), 'the opt-out')
    expect(byPhone()).toMatchObject({ [phoneOf(0)]: 'replied', [phoneOf(1)]: 'replied' })
    const stopped = rows(w, later).find((m) => m.phone === phoneOf(1))
    expect(stopped).toMatchObject({ status: 'skipped', category: 'opted_out' })
  })
})

describe('a live campaign resumed after a crash', () => {
  it('settles messages left sending from the chat: found → sent, absent → sent once, unreadable → uncertain', async () => {
    const { w, fake } = await connected()
    const id = await liveCampaign(w, 4)
    const [found, absent, unreadable, fresh] = w.messages.withStatus(id, 'queued', 4)
    const at = new Date(w.clock.now()).toISOString()
    for (const m of [found!, absent!, unreadable!]) {
      w.messages.moveDurably(m, 'queued', 'sending', { at, attempt: true })
    }
    const copy = fake.seedMessage(chatOf(found!.phone), {
      body: found!.body,
      timestamp: w.clock.now() / 1000 + 2,
    })
    const original = fake.getChatById.bind(fake)
    vi.spyOn(fake, 'getChatById').mockImplementation((chatId) =>
      chatId === chatOf(unreadable!.phone)
        ? Promise.reject(new Error('Evaluation failed: Error: detached Frame'))
        : original(chatId),
    )
    w.campaigns.start(id)
    expect(await w.campaigns.whenDone(id)).toBe('completed')
    const after = (m: { id: number }): ReturnType<typeof w.messages.get> => w.messages.get(m.id)
    expect(after(found!)).toMatchObject({ status: 'sent', waMessageId: copy.id._serialized })
    expect(after(absent!)).toMatchObject({ status: 'sent' })
    expect(after(unreadable!)).toMatchObject({ status: 'failed', category: 'uncertain' })
    expect(fake.sent.map((s) => s.chatId)).toEqual([absent!, fresh!].map((m) => chatOf(m.phone)))
    // The ack of the message found in the chat reaches it.
    fake.ack(copy.id._serialized, 3)
    expect(after(found!)).toMatchObject({ status: 'read' })
  })
})
