import { describe, expect, it, vi } from 'vitest'
import { phoneOf } from '../campaign/fixtures.test-support'
import {
  chatOf,
  completedLiveCampaign,
  connectedPerTest,
  digits,
  lidOf,
  liveCampaign,
  onSendTo,
  outgoingPerChat,
  rows,
  until,
} from './live-world.test-support'

/**
 * Live campaigns against a fake that answers as whatsapp-web.js 1.34.7 really does (fake-client.ts's
 * switches): every message goes out once or is marked "not sure it was sent", and none goes twice.
 */
const connected = connectedPerTest()

describe('a live campaign, when whatsapp-web.js answers a send with nothing', () => {
  it('finds the message WhatsApp filed under the "@lid" chat: sent with its id, never sent again', async () => {
    const { w, fake } = await connected()
    fake.sendAck = 0
    for (const i of [1, 2]) fake.lids.set(lidOf(i), chatOf(phoneOf(i)))
    fake.emptySends = 3 // the sends to contacts 0, 1 and 2; 0 has no "@lid" chat
    const id = await completedLiveCampaign(w, 4)
    expect(fake.sendCalls).toBe(4)
    expect(rows(w, id).map((m) => m.status)).toEqual(['sent', 'sent', 'sent', 'sent'])
    const stored = rows(w, id).map((m) => w.messages.get(m.id)?.waMessageId)
    expect(stored).toEqual(fake.sent.map((s) => s.message.id._serialized))
    expect(stored[1]).toContain(lidOf(1))
    // An ack under the "@lid" id reaches the message
    fake.ack(fake.sent[1]!.message.id._serialized, 2)
    expect(rows(w, id)[1]?.status).toBe('delivered')
  })

  it('not in any chat either: "not sure it was sent", never failed as unexpected, never sent again', async () => {
    const { w, fake } = await connected()
    onSendTo(fake, 0, () => {
      fake.sendCalls += 1
      return Promise.resolve(undefined)
    })
    const id = await completedLiveCampaign(w, 2)
    expect(rows(w, id)[0]).toMatchObject({ status: 'failed', category: 'uncertain', attempts: 1 })
    expect(rows(w, id)[1]).toMatchObject({ status: 'sent' })
    expect(fake.sendCalls).toBe(2)
  })
})

describe('replies from a contact’s private "@lid" chat', () => {
  it('a STOP from the chat a message was filed under opts the number out, even when WhatsApp will not say whose it is', async () => {
    const { w, fake } = await connected()
    fake.lids.set(lidOf(0), chatOf(phoneOf(0)))
    fake.emptySends = 1
    const id = await completedLiveCampaign(w, 1)
    fake.lids.clear() // getContactLidAndPhone now answers with undefined fields, as for an unknown id
    fake.receive({ from: lidOf(0), body: 'STOP' })
    await until(() => w.ctx.optOuts.has(phoneOf(0)), 'the opt-out')
    expect(rows(w, id)[0]?.status).toBe('replied')
  })
})

describe('a live campaign, when a send times out but keeps running in the page', () => {
  it('waits for it: the message that went out late is sent once, never a second time', async () => {
    const { w, fake } = await connected()
    fake.lateSends = 2
    fake.lateByMs = 90_000 // past the transport's 60 s limit
    const id = await completedLiveCampaign(w, 3)
    expect(rows(w, id).map((m) => m.status)).toEqual(['sent', 'sent', 'sent'])
    expect(fake.sendCalls).toBe(3)
    expect(outgoingPerChat(w)).toEqual({
      [chatOf(phoneOf(0))]: 1,
      [chatOf(phoneOf(1))]: 1,
      [chatOf(phoneOf(2))]: 1,
    })
  })

  it('one that never answers is "not sure it was sent", and is not sent again', async () => {
    const { w, fake } = await connected()
    fake.sendHangs = true
    const id = await completedLiveCampaign(w, 1)
    expect(rows(w, id)[0]).toMatchObject({ status: 'failed', category: 'uncertain' })
    expect(fake.sendCalls).toBe(1)
  })
})

describe('a live campaign, when whatsapp-web.js is unsure of a number', () => {
  it('asks once more when getNumberId answers null for a number on WhatsApp, and sends to it', async () => {
    const { w, fake } = await connected()
    fake.numberIdNullOnce.add(digits(1))
    const id = await completedLiveCampaign(w, 3)
    expect(rows(w, id).map((m) => m.status)).toEqual(['sent', 'sent', 'sent'])
    expect(outgoingPerChat(w)[chatOf(phoneOf(1))]).toBe(1)
  })
})

describe('what a send asks of WhatsApp Web', () => {
  it('leaves the chat unread on the owner’s phone, adds no link preview, and waits for the server', async () => {
    const { w, fake } = await connected()
    fake.sendAck = 0
    const id = await liveCampaign(w, 1)
    w.campaigns.start(id)
    await w.campaigns.whenDone(id)
    expect(fake.sent[0]?.options).toMatchObject({
      sendSeen: false,
      linkPreview: false,
      waitUntilMsgSent: true,
    })
    // whatsapp-web.js answers ack 0 (still on the page) unless asked to wait for the server
    expect(fake.sent[0]?.message.ack).toBe(1)
  })
})

describe('a live campaign resumed after a crash, when the message is in the "@lid" chat', () => {
  it('finds it there: sent with that id, not sent a second time', async () => {
    const { w, fake } = await connected()
    fake.lids.set(lidOf(0), chatOf(phoneOf(0)))
    const id = await liveCampaign(w, 1)
    const [left] = w.messages.withStatus(id, 'queued', 1)
    w.messages.moveDurably(left!, 'queued', 'sending', {
      at: new Date(w.clock.now()).toISOString(),
      attempt: true,
    })
    const copy = fake.seedMessage(lidOf(0), { body: left!.body, timestamp: w.clock.now() / 1000 + 2 })
    w.campaigns.start(id)
    expect(await w.campaigns.whenDone(id)).toBe('completed')
    expect(w.messages.get(left!.id)).toMatchObject({
      status: 'sent',
      waMessageId: copy.id._serialized,
    })
    expect(fake.sendCalls).toBe(0)
  })
})

describe('200 messages against a WhatsApp as awkward as 1.34.7', () => {
  it('every message sent exactly once or "not sure it was sent"; none failed that went out, none twice', async () => {
    const { w, fake } = await connected()
    const count = 200
    for (let i = 0; i < count; i++) fake.register(phoneOf(i))
    for (let i = 0; i < count; i += 7) fake.lids.set(lidOf(i), chatOf(phoneOf(i)))
    for (let i = 25; i < count; i += 50) fake.numberIdNullOnce.add(digits(i))
    // 3 % are first contacts 1.34.7 cannot start a chat with from the number: half have an "@lid" it can use
    const firstContacts = [14, 49, 84, 10, 45, 80]
    for (const i of firstContacts) fake.noLidYet.add(digits(i))
    fake.sendAck = 0
    fake.loading(99) // WhatsApp Web syncing in the background after ready
    // 5 % of sends go out but answer nothing, 2 % answer only after the time limit
    const send = fake.sendMessage.bind(fake)
    let calls = 0
    vi.spyOn(fake, 'sendMessage').mockImplementation(async (chatId, content, options) => {
      calls += 1
      if (calls % 20 === 3) fake.emptySends = 1
      if (calls % 50 === 11) fake.lateSends = 1
      const answer = await send(chatId, content, options)
      // Delivered to the phone a few seconds after it went out
      const sent = fake.sent.at(-1)!.message.id._serialized
      void w.clock.sleep(5_000).then(() => fake.ack(sent, 2))
      return answer
    })
    const id = await completedLiveCampaign(w, count)
    const all = rows(w, id)
    expect(all).toHaveLength(count)
    const outcome = (m: (typeof all)[number]): string =>
      ['sent', 'delivered'].includes(m.status) ? 'went out' : `${m.status}/${m.category}`
    const tally: Record<string, number> = {}
    for (const m of all) tally[outcome(m)] = (tally[outcome(m)] ?? 0) + 1
    expect(tally).toEqual({ 'went out': count - 3, 'failed/new_chat_refused': 3 })
    expect(all.filter((m) => m.category === 'new_chat_refused').map((m) => m.phone)).toEqual(
      [10, 45, 80].map(phoneOf),
    )
    // Each chat (the number's or its "@lid") got our message once, and nothing was handed over twice
    const perPhone = new Map<string, number>()
    for (const [chat, messages] of fake.chats) {
      const phone = chat.endsWith('@lid') ? fake.lids.get(chat) : chat
      perPhone.set(
        phone ?? chat,
        (perPhone.get(phone ?? chat) ?? 0) + messages.filter((m) => m.fromMe).length,
      )
    }
    expect([...perPhone.values()].every((n) => n === 1)).toBe(true)
    // Those WhatsApp would not start a chat with got nothing: none failed that went out
    expect(perPhone.size).toBe(count - 3)
    for (const i of [10, 45, 80]) expect(perPhone.has(chatOf(phoneOf(i)))).toBe(false)
    expect(fake.sendCalls).toBe(count)
    expect(w.connection.state().status).toBe('ready')
  }, 60_000)
})
