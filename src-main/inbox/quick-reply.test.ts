import { describe, expect, it } from 'vitest'
import { sayIn } from '../../src-shared/i18n/wording'
import { paceSpec } from '../campaign/pace-presets'
import { closeAfterEach } from '../context.test-support'
import { AppError } from '../errors'
import { rejectionOf } from '../thrown.test-support'
import { answerPace } from './answer-rules'
import { answersOf, contact, lockedByAnother, openInboxWorld } from './inbox-world.test-support'
import type { InboxWorld } from './inbox-world.test-support'

const closing = closeAfterEach()
const world = (options: Parameters<typeof openInboxWorld>[0] = {}): InboxWorld =>
  closing(openInboxWorld(options))

const MINUTE = 60_000

describe('a quick reply', () => {
  it('goes out through the number the conversation came to, logged queued → sending → sent', async () => {
    const w = world()
    const first = await w.connect(1)
    const till = w.ctx.accounts.add('Till phone')
    const tillClient = await w.connect(till.id)
    const id = w.conversation({ accountId: till.id })

    const { answer, conversation } = await w.ctx.quickReply.send(id, '  Yes, 12 euros.  ')

    expect(answer).toEqual({ id: expect.any(Number), status: 'sent', error: null })
    expect(first.sendCalls).toBe(0)
    expect(tillClient.sent.map((s) => [s.chatId, s.content])).toEqual([
      ['447911123456@c.us', 'Yes, 12 euros.'],
    ])
    expect(w.seen).toEqual(['queued', 'sending', 'sent'])
    expect(conversation.messages.at(-1)).toMatchObject({
      direction: 'out',
      text: 'Yes, 12 euros.',
      status: 'sent',
    })
    expect(answersOf(w.ctx, id)[0]?.waMessageId).toBe(tillClient.sent[0]?.message.id._serialized)
    // Its slot is the number's: the Connect screen counts it with the campaigns' sends
    expect(w.ctx.accounts.list().find((a) => a.id === till.id)?.sentToday).toBe(1)
    expect(w.ctx.accounts.list().find((a) => a.id === 1)?.sentToday).toBe(0)
    // The Inbox counts it as a reply sent
    expect(w.ctx.inbox.store.answersSent({})).toBe(1)
    expect(w.ctx.inbox.store.answersSent({ accountId: 1 })).toBe(0)
  })

  it('sends the same answer pressed twice while it is on its way once; another answer goes after it', async () => {
    const w = world()
    const fake = await w.connect()
    const id = w.conversation()

    const pressed = w.ctx.quickReply.send(id, 'We open at 9.')
    const again = w.ctx.quickReply.send(id, ' We open at 9. ')
    const other = w.ctx.quickReply.send(id, 'And close at 6.')
    expect(again).toBe(pressed)
    const results = await Promise.all([pressed, again, other])

    expect(results.map((r) => r.answer.status)).toEqual(['sent', 'sent', 'sent'])
    expect(fake.sendCalls).toBe(2)
    expect(fake.sent.map((s) => s.content)).toEqual(['We open at 9.', 'And close at 6.'])
    expect(answersOf(w.ctx, id).map((a) => a.text)).toEqual(['We open at 9.', 'And close at 6.'])
  })

  it('leaves an answer WhatsApp never confirmed uncertain, and never sends it again by itself', async () => {
    const w = world()
    const fake = await w.connect()
    const id = w.conversation()
    fake.sendHangs = true

    const { answer } = await w.ctx.quickReply.send(id, 'Yes, in blue.')
    await w.clock.sleep(60 * MINUTE)

    expect(answer.status).toBe('uncertain')
    expect(answer.error).toMatch(/Look at the chat on your phone before sending it again/)
    expect(fake.sendCalls).toBe(1)
    expect(w.seen).toEqual(['queued', 'sending', 'uncertain'])
  })

  it('says why an answer was not sent', async () => {
    const w = world()
    const fake = await w.connect()
    fake.registered.clear()
    const id = w.conversation()

    const { answer } = await w.ctx.quickReply.send(id, 'Hello?')

    expect(answer).toMatchObject({ status: 'failed', error: 'This number has no WhatsApp account.' })
    expect(fake.sendCalls).toBe(0)
    expect(w.ctx.inbox.store.answersSent({})).toBe(0)
    // The conversation says why in the window's language too, also after a restart (it is stored)
    const [stored] = answersOf(w.ctx, id)
    expect(stored?.errorPhrase && sayIn('es', stored.errorPhrase)).toBe(
      'Este número no tiene cuenta de WhatsApp.',
    )
  })
})

describe('a quick reply and the number’s send budget', () => {
  it('waits, queued, for the number’s gap after a campaign’s send, then takes a slot campaigns count', async () => {
    const w = world()
    await w.connect()
    const id = w.conversation()
    const { budget } = w.ctx.campaigns
    const campaignSend = w.clock.now()
    budget.slots.take('whatsapp', campaignSend, 42, 7)
    const queuedUntil: number[] = []
    w.ctx.events.subscribe((event) => {
      if (event === 'inbox:changed' && answersOf(w.ctx, id)[0]?.status === 'queued')
        queuedUntil.push(w.clock.now())
    })

    const { answer } = await w.ctx.quickReply.send(id, 'Yes!')

    expect(answer.status).toBe('sent')
    const [, answered] = budget.history(false, w.clock.now()).sentAt
    expect(answered! - campaignSend).toBeGreaterThanOrEqual(answerPace.minDelaySeconds * 1000)
    expect(answered! - campaignSend).toBeLessThanOrEqual(answerPace.maxDelaySeconds * 1000)
    expect(queuedUntil).toEqual([campaignSend])
    // The campaign's next send keeps its own gap after the answer: the number's budget is shared
    const spec = paceSpec('safe', w.ctx.settings.get())
    const campaign = budget.forCampaign({ id: 42, dryRun: false, pacing: spec })!
    expect(campaign.nextFree(w.clock.now(), 0)).toBe(answered! + spec.minDelaySeconds * 1000)
  })

  it('is refused in words, recording nothing, when the Safe pace’s hourly cap is used up', async () => {
    const w = world()
    const fake = await w.connect()
    w.ctx.accounts.setEstablished(1, true)
    const id = w.conversation()
    const now = w.clock.now()
    for (let i = 0; i < answerPace.hourlyCap; i++) {
      w.ctx.campaigns.budget.slots.take('whatsapp', now - 50 * MINUTE + i * 2 * MINUTE, 42, i + 1)
    }

    const refused = await rejectionOf(AppError, () => w.ctx.quickReply.send(id, 'Yes!'))

    expect(refused.code).toBe('UNAVAILABLE')
    expect(refused.message).toMatch(/has sent 20 messages in the last hour, the most the Safe pace allows/)
    expect(refused.message).toMatch(/could go in about 10 min; nothing was sent/)
    expect(answersOf(w.ctx, id)).toEqual([])
    expect(fake.sendCalls).toBe(0)
  })
})

describe('a quick reply is refused in words, recording and sending nothing', () => {
  it.each([
    ['an opted-out number', 'CONFLICT', /asked not to be contacted/],
    ['a dry run’s invented reply', 'CONFLICT', /a dry run’s invented reply: nothing can be sent to it/],
    ['an empty answer', 'BAD_INPUT', /Type the answer first/],
    ['an answer too long', 'BAD_INPUT', /under 4000 characters \(this one has 4001\)/],
    ['a number not connected', 'UNAVAILABLE', /“My number” \(\+447700900001\) is not connected\. Connect it/],
  ])('for %s', async (what, code, words) => {
    const w = world()
    const fake = await w.connect()
    const id = w.conversation({ rehearsal: what.includes('dry run') })
    if (what.includes('opted-out')) w.ctx.optOuts.add(contact, {})
    if (what.includes('not connected')) fake.disconnect('CONFLICT')
    const text = what.includes('empty') ? '  ' : what.includes('long') ? 'x'.repeat(4001) : 'Hello'

    const refused = await rejectionOf(AppError, () => w.ctx.quickReply.send(id, text))

    expect(refused.code).toBe(code)
    expect(refused.message).toMatch(words)
    expect(answersOf(w.ctx, id)).toEqual([])
    expect(fake.sendCalls).toBe(0)
  })
})

describe('answers a run left unfinished', () => {
  it('become uncertain when the intent was committed (never resent), failed when it was not', async () => {
    const first = world()
    await first.connect()
    const id = first.conversation()
    const { store } = first.ctx.inbox
    // A crash right after the intent was committed, and one before its turn came
    const sending = store.addOutgoing(id, 1, null, 'Yes, in blue.', '2026-06-03T13:00:00.000Z')
    store.moveSend(sending, 'queued', 'sending', null)
    const queued = store.addOutgoing(id, 1, null, 'And in red.', '2026-06-03T13:00:01.000Z')
    await first.ctx.shutdown()

    const next = world({ dataDir: first.dataDir })

    const answers = answersOf(next.ctx, id)
    expect(answers.find((a) => a.id === sending)).toMatchObject({
      status: 'uncertain',
      error: expect.stringMatching(/Herald stopped while sending this answer.*before sending it again/),
    })
    expect(answers.find((a) => a.id === queued)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/nothing was sent/),
    })
    const uncertain = answers.find((a) => a.id === sending)?.errorPhrase
    expect(uncertain && sayIn('ar', uncertain)).toMatch(/^توقف Herald أثناء إرسال هذا الرد/)
    expect(next.ctx.quickReply.settle()).toBe(0)
    expect([...first.clients.created, ...next.clients.created].every((c) => c.sendCalls === 0)).toBe(true)
  })

  it('are left to another Herald still sending them, which no second Send can overtake', async () => {
    const w = world()
    await w.connect()
    const id = w.conversation()
    const answer = w.ctx.inbox.store.addOutgoing(id, 1, null, 'On my way.', '2026-06-03T13:00:00.000Z')
    w.ctx.inbox.store.moveSend(answer, 'queued', 'sending', null)
    lockedByAnother(w.dataDir, id)

    expect(w.ctx.quickReply.settle()).toBe(0)
    expect(answersOf(w.ctx, id)[0]?.status).toBe('sending')
    const refused = await rejectionOf(AppError, () => w.ctx.quickReply.send(id, 'On my way.'))
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toMatch(
      /Another Herald \(process \d+\) is sending an answer in this conversation/,
    )
  })
})
