import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { phoneOf, saveList } from '../campaign/fixtures.test-support'
import { closeAfterEach } from '../context.test-support'
import { dispatch } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import type { FakeWaClient } from '../whatsapp/fake-client'
import { extensionOf, mediaFileName } from './inbox-media'
import { openInboxWorld } from './inbox-world.test-support'
import type { InboxWorld } from './inbox-world.test-support'

const closing = closeAfterEach()
const customer = phoneOf(0)
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const voiceNote = Buffer.from('OggS voice note')

/** A live campaign went to the customer, who answers through WhatsApp as `reply` says. */
async function afterCampaign(): Promise<{ w: InboxWorld; fake: FakeWaClient }> {
  const w = closing(openInboxWorld())
  const fake = await w.connect()
  fake.register(customer)
  const listId = saveList(w.ctx, 1)
  const template = w.ctx.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
  const { id } = await w.ctx.campaigns.create({
    listId,
    templateId: template.id,
    dryRun: false,
    pace: 'fast',
  })
  w.ctx.campaigns.start(id)
  expect(await w.ctx.campaigns.whenDone(id)).toBe('completed')
  return { w, fake }
}

/** The Inbox's newest message from the customer, once the transport has passed the reply on. */
async function received(
  w: InboxWorld,
  count: number,
): Promise<{ id: number; media: string | null; text: string; at: string }> {
  for (let i = 0; i < 1000; i++) {
    const [row] = w.ctx.inbox.list({}).rows
    const messages = row ? w.ctx.inbox.open(row.id).messages.filter((m) => m.direction === 'in') : []
    if (messages.length === count) return messages.at(-1)!
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error('The reply never reached the Inbox')
}

async function save(w: InboxWorld, messageId: number, saved = new Set<string>()): Promise<unknown> {
  return dispatch(createHandlers(w.ctx, { saved }), 'inbox:save-media', { messageId }, w.ctx.log)
}

describe('a media reply', () => {
  it('is recorded with its kind and caption, and saved through its number under a name of Herald’s own', async () => {
    const { w, fake } = await afterCampaign()
    fake.receive({
      from: customer,
      body: 'Like this one?',
      type: 'image',
      media: { mimetype: 'image/png', data: png.toString('base64'), filename: '../../evil.exe' },
    })

    const reply = await received(w, 1)
    expect(reply).toMatchObject({ media: 'photo', text: 'Like this one?', canSave: true })
    const saved = new Set<string>()
    const result = await save(w, reply.id, saved)

    expect(result).toMatchObject({ ok: true, value: { status: 'saved', bytes: png.length, rows: 0 } })
    const { file } = (result as { value: { file: string } }).value
    expect(path.dirname(file)).toBe(path.join(w.dataDir, 'inbox-media'))
    // Named by the day it came on this computer's calendar (in Kiritimati, already the next day)
    const at = new Date(reply.at)
    const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()].map((n) => String(n).padStart(2, '0'))
    expect(path.basename(file)).toMatch(new RegExp(`^photo-${day.join('-')}-\\d{4}-${reply.id}\\.png$`))
    expect(fs.readFileSync(file)).toEqual(png)
    expect(saved.has(path.resolve(file))).toBe(true)
  })

  it('says so when WhatsApp no longer has it, or its number is not connected', async () => {
    const { w, fake } = await afterCampaign()
    const message = fake.receive({
      from: customer,
      body: '',
      type: 'ptt',
      media: { mimetype: 'audio/ogg; codecs=opus', data: voiceNote.toString('base64') },
    })
    const voice = await received(w, 1)
    expect(voice).toMatchObject({ media: 'voice', text: '(a voice message)' })

    expect(await save(w, voice.id)).toMatchObject({
      ok: true,
      value: { file: expect.stringMatching(/voice-.*\.ogg$/) },
    })
    fake.expiredMedia.add(message.id._serialized)
    expect(await save(w, voice.id)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/WhatsApp no longer has a voice message/) },
    })
    fake.expiredMedia.clear()
    fake.forgotten.add(message.id._serialized)
    expect(await save(w, voice.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    fake.messageByIdError = new Error('Evaluation failed: TypeError: detached Frame')
    expect(await save(w, voice.id)).toMatchObject({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/could not fetch a voice message.*Try again/),
      },
    })
    fake.disconnect('CONFLICT')
    expect(await save(w, voice.id)).toMatchObject({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/“My number” is not connected.*Connect it/),
      },
    })
  })

  it('of a location has no file to save', async () => {
    const { w, fake } = await afterCampaign()
    fake.receive({ from: customer, body: '/9j/', type: 'location', location: { latitude: 1, longitude: 2 } })
    const place = await received(w, 1)

    expect(await save(w, place.id)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })
})

describe('media file names', () => {
  it('come from the kind, the day and the id, with an extension from the type, never from the network', () => {
    const at = new Date(2026, 2, 2, 9, 5)
    expect(mediaFileName('voice', at, 17, extensionOf('audio/ogg; codecs=opus'))).toBe(
      'voice-2026-03-02-0905-17.ogg',
    )
    expect(extensionOf('application/x-msdownload')).toBe('bin')
    expect(extensionOf('constructor')).toBe('bin')
  })
})
