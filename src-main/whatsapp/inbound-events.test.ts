import { describe, expect, it } from 'vitest'
import { FakeWaClient } from './fake-client'
import { replyOf } from './inbound-events'

const from = '+447911123456'
const photo = { mimetype: 'image/jpeg', data: Buffer.from('jpeg').toString('base64') }
const noPhone = (): undefined => undefined

describe('replyOf', () => {
  it('keeps a photo’s caption as the reply’s words, says it was a photo, and keeps its id', async () => {
    const fake = new FakeWaClient()
    const message = fake.receive({ from, body: 'This one, in blue?', type: 'image', media: photo })

    expect(await replyOf(fake, message, noPhone)).toEqual({
      phone: from,
      text: 'This one, in blue?',
      media: 'photo',
      at: message.timestamp * 1000,
      waMessageId: message.id._serialized,
    })
  })

  it.each([
    ['ptt', 'voice', '(a voice message)'],
    ['audio', 'audio', '(an audio file)'],
    ['video', 'video', '(a video)'],
    ['document', 'document', '(a document)'],
    ['sticker', 'sticker', '(a sticker)'],
  ])('words a %s without a caption as %s', async (type, media, text) => {
    const fake = new FakeWaClient()
    const message = fake.receive({ from, body: '', type, media: photo })

    expect(await replyOf(fake, message, noPhone)).toMatchObject({ media, text })
  })

  it('never takes a location’s body for words: it holds a thumbnail', async () => {
    const fake = new FakeWaClient()
    const place = fake.receive({
      from,
      body: '/9j/4AAQSkZJRgABAQAAAQABAAD',
      type: 'location',
      location: { latitude: 51.5, longitude: -0.12, description: 'Corner Shop\nHigh Street 1' },
    })
    const bare = fake.receive({
      from,
      body: '/9j/4AAQ',
      type: 'location',
      location: { latitude: 51.5, longitude: -0.12 },
    })

    expect(await replyOf(fake, place, noPhone)).toMatchObject({
      media: 'location',
      text: '(a location: Corner Shop, High Street 1)',
    })
    expect(await replyOf(fake, bare, noPhone)).toMatchObject({ text: '(a location: 51.5, -0.12)' })
  })

  it('names the people on a contact card', async () => {
    const fake = new FakeWaClient()
    const card = 'BEGIN:VCARD\nVERSION:3.0\nFN:Maria López\nTEL:+34600000000\nEND:VCARD'
    const single = fake.receive({ from, body: card, type: 'vcard', vCards: [card] })
    const two = fake.receive({
      from,
      body: '',
      type: 'multi_vcard',
      vCards: [card, 'BEGIN:VCARD\r\nFN;CHARSET=UTF-8:Ben\r\nEND:VCARD'],
    })

    expect(await replyOf(fake, single, noPhone)).toMatchObject({
      media: 'contact',
      text: '(a contact card: Maria López)',
    })
    expect(await replyOf(fake, two, noPhone)).toMatchObject({ text: '(a contact card: Maria López, Ben)' })
  })

  it('takes a plain text as it is, and leaves out WhatsApp’s own notices', async () => {
    const fake = new FakeWaClient()
    const text = fake.receive({ from, body: 'How much?', type: 'chat' })
    const notice = fake.receive({ from, body: '', type: 'e2e_notification' })

    const reply = await replyOf(fake, text, noPhone)
    expect(reply).toMatchObject({ text: 'How much?', waMessageId: text.id._serialized })
    expect(reply).not.toHaveProperty('media')
    expect(await replyOf(fake, notice, noPhone)).toBeNull()
  })
})
