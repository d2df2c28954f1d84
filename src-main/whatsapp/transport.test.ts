import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { notConnected } from '../../src-shared/domain/whatsapp'
import { SimulatedClock } from '../clock'
import { tempDataDir } from '../context.test-support'
import { TransportError } from '../transport/transport'
import type { AckEvent, OutgoingMessage, ReplyEvent } from '../transport/transport'
import type { WaClient } from './client'
import { FakeWaClient } from './fake-client'
import { attachmentMedia, loadMessageMedia } from './media'
import { WhatsAppTransport } from './transport'

const start = Date.UTC(2026, 2, 2, 10, 0)
const phone = '+447911100001'
const chatId = '447911100001@c.us'

/** A connection stand-in: the fake when "ready", null otherwise, with the state listeners it calls. */
function sourceOf(first: FakeWaClient): {
  client(): WaClient | null
  onState(listener: (state: WhatsAppState) => void): () => void
  set(client: FakeWaClient | null): void
} {
  let current: FakeWaClient | null = first
  const listeners = new Set<(state: WhatsAppState) => void>()
  return {
    client: () => current,
    onState: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set: (client) => {
      current = client
      for (const listener of listeners)
        listener({ ...notConnected, status: client ? 'ready' : 'disconnected' })
    },
  }
}

type Setup = {
  fake: FakeWaClient
  clock: SimulatedClock
  source: ReturnType<typeof sourceOf>
  transport: WhatsAppTransport
  acks: AckEvent[]
  replies: ReplyEvent[]
  notes: string[]
}

let open: Setup | undefined
const temps: (() => void)[] = []
afterEach(() => {
  open?.transport.close()
  open = undefined
  for (const remove of temps.splice(0)) remove()
})

function setup(): Setup {
  const clock = new SimulatedClock(start)
  const fake = new FakeWaClient()
  fake.now = () => clock.now()
  fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
  fake.register(phone)
  const source = sourceOf(fake)
  const notes: string[] = []
  const transport = new WhatsAppTransport({
    source,
    clock,
    note: (kind) => notes.push(kind),
    loadMedia: (file) =>
      Promise.resolve({ mimetype: 'test/file', data: 'AAAA', filename: path.basename(file) }),
  })
  const acks: AckEvent[] = []
  const replies: ReplyEvent[] = []
  transport.on('ack', (a) => acks.push(a))
  transport.on('reply', (r) => replies.push(r))
  open = { fake, clock, source, transport, acks, replies, notes }
  return open
}

function message(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return { messageId: 1, campaignId: 1, phone, body: 'Hi Shop, see our site', typingSeconds: 0, ...over }
}

async function failure(work: Promise<unknown>): Promise<TransportError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof TransportError)) throw new Error(`expected a TransportError, got ${String(error)}`)
  return error
}

describe('WhatsApp transport: numbers and sending', () => {
  it('checks a number once with getNumberId and tells which are on WhatsApp; a "no" is asked twice', async () => {
    const { fake, transport } = setup()
    const lookups = vi.spyOn(fake, 'getNumberId')
    expect(await transport.checkNumber(phone)).toBe(true)
    expect(await transport.checkNumber('+447911100002')).toBe(false)
    expect(await transport.checkNumber(phone)).toBe(true)
    expect(lookups.mock.calls.map(([n]) => n)).toEqual(['447911100001', '447911100002', '447911100002'])
  })

  it('shows typing for the configured time, then sends to the chat WhatsApp named and returns its id', async () => {
    const { fake, transport, clock } = setup()
    const { waMessageId } = await transport.send(message({ typingSeconds: 4 }))
    expect(fake.sent).toHaveLength(1)
    expect(fake.sent[0]).toMatchObject({ chatId, content: 'Hi Shop, see our site', stateAtSend: 'CONNECTED' })
    expect(waMessageId).toBe(fake.sent[0]!.message.id._serialized)
    expect(fake.typing).toEqual([
      { chatId, state: 'typing' },
      { chatId, state: 'cleared' },
    ])
    expect(clock.now() - start).toBeGreaterThanOrEqual(4000)
  })

  it('refuses a number that is not on WhatsApp without sending', async () => {
    const { fake, transport } = setup()
    const error = await failure(transport.send(message({ phone: '+447911100009' })))
    expect(error.category).toBe('not_on_whatsapp')
    expect(fake.sendCalls).toBe(0)
  })

  it('sends an image with the text as its caption, and a PDF as a document', async () => {
    const { fake, transport } = setup()
    const temp = tempDataDir()
    temps.push(temp.remove)
    const image = path.join(temp.dir, 'offer.jpg')
    const pdf = path.join(temp.dir, 'prices.pdf')
    fs.writeFileSync(image, 'jpeg')
    fs.writeFileSync(pdf, '%PDF-1.4')
    await transport.send(message({ attachment: { path: image } }))
    await transport.send(message({ messageId: 2, attachment: { path: pdf } }))
    expect(fake.sent.map((s) => [s.content, s.options])).toEqual([
      [
        { mimetype: 'test/file', data: 'AAAA', filename: 'offer.jpg' },
        {
          caption: 'Hi Shop, see our site',
          sendMediaAsDocument: false,
          sendSeen: false,
          linkPreview: false,
          waitUntilMsgSent: true,
        },
      ],
      [
        { mimetype: 'test/file', data: 'AAAA', filename: 'prices.pdf' },
        {
          caption: 'Hi Shop, see our site',
          sendMediaAsDocument: true,
          sendSeen: false,
          linkPreview: false,
          waitUntilMsgSent: true,
        },
      ],
    ])
    expect(fake.sent[0]!.message.body).toBe('Hi Shop, see our site')
  })

  it('explains an attachment that is missing, of the wrong kind or too big, and sends nothing', async () => {
    const { fake, transport } = setup()
    const temp = tempDataDir()
    temps.push(temp.remove)
    const big = path.join(temp.dir, 'poster.png')
    fs.writeFileSync(big, '')
    fs.truncateSync(big, 17 * 1024 * 1024)
    const doc = path.join(temp.dir, 'letter.docx')
    fs.writeFileSync(doc, 'x')
    const errors = await Promise.all(
      [path.join(temp.dir, 'gone.jpg'), doc, big].map((file, i) =>
        failure(transport.send(message({ messageId: i + 1, attachment: { path: file } }))),
      ),
    )
    expect(errors.map((e) => e.category)).toEqual(['media_error', 'media_error', 'media_error'])
    expect(errors[0]!.message).toMatch(/“gone.jpg” is no longer at .*choose it again/)
    expect(errors[1]!.message).toMatch(/not an image \(JPG, PNG, WebP\) or a PDF/)
    expect(errors[2]!.message).toMatch(/is 17.0 MB; WhatsApp takes up to 16 MB/)
    expect(fake.sendCalls).toBe(0)
  })

  it('sends nothing while WhatsApp is not ready, and knows afterwards that nothing went', async () => {
    const { fake, transport, source } = setup()
    source.set(null)
    const error = await failure(transport.send(message()))
    expect(error.category).toBe('disconnected')
    expect(error.message).toBe('WhatsApp is not connected, so the message was not sent.')
    await expect(transport.checkNumber(phone)).rejects.toMatchObject({ category: 'disconnected' })
    expect(fake.sendCalls).toBe(0)
    source.set(fake)
    fake.fetchError = new Error('must not be read')
    expect(await transport.reconcile(message())).toBe('not_sent')
  })

  it('does not send when the connection drops while "typing…" is shown', async () => {
    const { fake, transport, source } = setup()
    const chat = vi.spyOn(fake, 'getChatById')
    chat.mockImplementationOnce(async (id) => {
      const opened = await FakeWaClient.prototype.getChatById.call(fake, id)
      source.set(null)
      return opened
    })
    const error = await failure(transport.send(message({ typingSeconds: 3 })))
    expect(error.category).toBe('disconnected')
    expect(fake.sendCalls).toBe(0)
  })
})

describe('WhatsApp transport: send errors', () => {
  const cases: [string, Error, string][] = [
    [
      'a closed browser session',
      new Error('Protocol error (Runtime.callFunctionOn): Session closed.'),
      'disconnected',
    ],
    ['a detached page', new Error('Attempted to use detached Frame "ABC".'), 'disconnected'],
    ['WhatsApp limiting the number', new Error('Evaluation failed: Error: rate-overlimit'), 'rate_limited'],
    ['no internet', new Error('net::ERR_INTERNET_DISCONNECTED'), 'network'],
    ['an invalid chat id', new Error('Evaluation failed: Error: wid error: invalid wid'), 'not_on_whatsapp'],
    ['a logged-out session', new Error('Evaluation failed: LOGOUT'), 'session_lost'],
    ['something unheard of', new Error('Evaluation failed: b is not iterable'), 'unknown'],
  ]
  it.each(cases)('maps %s to its category, in words', async (_what, thrown, category) => {
    const { fake, transport } = setup()
    fake.sendErrors.push(thrown)
    const error = await failure(transport.send(message()))
    expect(error.category).toBe(category)
    expect(error.message).toMatch(/ while sending: /)
    expect(error.message).not.toMatch(/\n|at .*\.js:\d+/)
  })

  it('waits for a sendMessage past its time limit, and gives up on one that never answers as uncertain', async () => {
    const { fake, transport, clock } = setup()
    fake.sendHangs = true
    const error = await failure(transport.send(message()))
    expect(error.category).toBe('uncertain')
    expect(error.message).toBe(
      'WhatsApp Web did not answer within 240 s while sending this message: it may still have gone out.',
    )
    expect(clock.now() - start).toBe(240_000)
  })
})

// A send answered late is waited for: live-awkward.test.ts has it through the engine
describe('WhatsApp transport: a send past its time limit', () => {
  it('stops waiting when Herald closes: disconnected, so the chat is checked when the campaign resumes', async () => {
    const { fake, transport, clock } = setup()
    fake.sendHangs = true
    const sleep = clock.sleep.bind(clock)
    vi.spyOn(clock, 'sleep').mockImplementation((ms, signal) => {
      if (ms === 180_000) queueMicrotask(() => transport.close())
      return sleep(ms, signal)
    })
    const error = await failure(transport.send(message()))
    expect(error.category).toBe('disconnected')
    expect(clock.now() - start).toBe(60_000)
  })
})

describe('WhatsApp transport: acks and replies', () => {
  it('reports ack 2 as delivered and 3 and 4 as read; 0, 1 and -1 are not delivery', async () => {
    const { fake, transport, acks, notes } = setup()
    fake.register('+447911100002', '+447911100003')
    const ids = []
    for (const [i, p] of [phone, '+447911100002', '+447911100003'].entries()) {
      ids.push((await transport.send(message({ messageId: i + 1, phone: p }))).waMessageId)
    }
    fake.ack(ids[0]!, 1)
    fake.ack(ids[0]!, 2)
    fake.ack(ids[0]!, 3)
    fake.ack(ids[1]!, 4)
    fake.ack(ids[2]!, 0)
    fake.ack(ids[2]!, -1)
    expect(acks.map((a) => [a.waMessageId, a.level])).toEqual([
      [ids[0], 'delivered'],
      [ids[0], 'read'],
      [ids[1], 'read'],
    ])
    expect(notes).toContain('wa_ack_error')
  })

  it('matches an ack reported under the contact’s private id to the id the send returned', async () => {
    const { fake, transport, acks } = setup()
    const { waMessageId } = await transport.send(message())
    const sent = fake.sent[0]!.message
    fake.emit(
      'message_ack',
      { ...sent, id: { ...sent.id, _serialized: `true_99887766@lid_${sent.id.id}` } },
      2,
    )
    expect(acks).toEqual([expect.objectContaining({ waMessageId, level: 'delivered' })])
  })

  it('turns private incoming messages into replies with the number in E.164, and ignores the rest', async () => {
    const { fake, replies } = setup()
    fake.lids.set('1234567@lid', '447911100005@c.us')
    fake.receive({ from: '447911100004', body: 'Interested!', timestamp: start / 1000 + 60 })
    fake.receive({ from: '1234567@lid', body: 'STOP' })
    fake.receive({ from: '120363025@g.us', body: 'group chatter' })
    fake.receive({ from: 'status@broadcast', body: 'a status' })
    fake.receive({ from: '447911100006', body: '' })
    fake.emit('message', fake.seedMessage('447911100007@c.us', { body: 'our own message' }))
    await new Promise((resolve) => setImmediate(resolve))
    expect(replies.sort((a, b) => a.phone.localeCompare(b.phone))).toEqual([
      { phone: '+447911100004', text: 'Interested!', at: start + 60_000, waMessageId: expect.any(String) },
      { phone: '+447911100005', text: 'STOP', at: start, waMessageId: 'false_1234567@lid_FAKE000002' },
      {
        phone: '+447911100006',
        text: '(no text: a photo, voice note or file)',
        at: start,
        waMessageId: expect.any(String),
      },
    ])
  })

  it('maps a reply from the chat WhatsApp gave the number back to the number Herald sent to', async () => {
    const { fake, transport, replies } = setup()
    // Brazil: WhatsApp answers an old mobile number without its ninth digit.
    vi.spyOn(fake, 'getNumberId').mockResolvedValue({
      server: 'c.us',
      user: '551188887777',
      _serialized: '551188887777@c.us',
    })
    await transport.send(message({ phone: '+5511988887777' }))
    fake.receive({ from: '551188887777', body: 'Quanto custa?' })
    await new Promise((resolve) => setImmediate(resolve))
    expect(replies.map((r) => r.phone)).toEqual(['+5511988887777'])
  })

  it('follows the new client after a reconnect and stops listening to the old one', async () => {
    const { fake, source, replies } = setup()
    const next = new FakeWaClient()
    next.becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    source.set(next)
    fake.receive({ from: '447911100004', body: 'old client' })
    next.receive({ from: '447911100004', body: 'new client' })
    await new Promise((resolve) => setImmediate(resolve))
    expect(replies.map((r) => r.text)).toEqual(['new client'])
  })
})

describe('WhatsApp transport: reconciliation', () => {
  it('finds the message in the chat when it went out, and names it so acks match', async () => {
    const { fake, transport } = setup()
    const seeded = fake.seedMessage(chatId, { body: 'Hi Shop, see our site', timestamp: start / 1000 + 5 })
    expect(await transport.reconcile(message({ intentAt: start }))).toEqual({
      answer: 'sent',
      waMessageId: seeded.id._serialized,
    })
  })

  it('says not sent when the chat has no such message since the intent (an older copy does not count)', async () => {
    const { fake, transport } = setup()
    fake.seedMessage(chatId, { body: 'Hi Shop, see our site', timestamp: start / 1000 - 3 * 86_400 })
    fake.seedMessage(chatId, { body: 'Another text', timestamp: start / 1000 + 5 })
    fake.seedMessage(chatId, { body: 'Hi Shop, see our site', fromMe: false, timestamp: start / 1000 + 5 })
    fake.seedMessage(chatId, { body: 'Hi Shop, see our site', ack: -1, timestamp: start / 1000 + 5 })
    expect(await transport.reconcile(message({ intentAt: start }))).toBe('not_sent')
    expect(await transport.reconcile(message({ phone: '+447911100009', intentAt: start }))).toBe('not_sent')
  })

  it('says unknown when the chat cannot be read or WhatsApp is not connected', async () => {
    const { fake, transport, source, notes } = setup()
    fake.fetchError = new Error('Evaluation failed: TypeError: Cannot read properties of undefined')
    expect(await transport.reconcile(message({ intentAt: start }))).toBe('unknown')
    expect(notes).toContain('wa_reconcile_unreadable')
    source.set(null)
    expect(await transport.reconcile(message({ intentAt: start }))).toBe('unknown')
  })

  it('checks the chat for a message handed to WhatsApp whose send failed', async () => {
    const { fake, transport, clock } = setup()
    fake.sendHangs = true
    await failure(transport.send(message()))
    expect(await transport.reconcile(message())).toBe('not_sent')
    // Retried ten minutes later, the second attempt fails too…
    await clock.sleep(10 * 60_000)
    fake.sendHangs = false
    fake.sendErrors.push(new Error('net::ERR_CONNECTION_RESET'))
    await failure(transport.send(message()))
    // …and only now does the first attempt show up in the chat: it counts, nothing goes twice.
    fake.seedMessage(chatId, { body: 'Hi Shop, see our site', timestamp: start / 1000 + 61 })
    expect(await transport.reconcile(message())).toMatchObject({ answer: 'sent' })
  })
})

describe('WhatsApp transport: the real attachment loader', () => {
  it('builds whatsapp-web.js’s own MessageMedia, which sendMessage requires', async () => {
    const temp = tempDataDir()
    temps.push(temp.remove)
    const pdf = path.join(temp.dir, 'prices.pdf')
    fs.writeFileSync(pdf, '%PDF-1.4')
    const { default: wwebjs } = await import('whatsapp-web.js')
    const { media, asDocument } = await attachmentMedia(pdf, loadMessageMedia)
    expect(media).toBeInstanceOf(wwebjs.MessageMedia)
    expect(media).toMatchObject({ mimetype: 'application/pdf', filename: 'prices.pdf' })
    expect(asDocument).toBe(true)
  })
})
