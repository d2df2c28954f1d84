import { describe, expect, it } from 'vitest'
import { replyNotice } from './reply-notice'

const reply = { name: 'Rosa Flores', phone: '+447911200105', text: 'How much is it?', rehearsal: false }

describe('replyNotice', () => {
  it('says who replied and what they said', () => {
    expect(replyNotice(reply)).toEqual({ title: 'Rosa Flores replied', body: 'How much is it?' })
  })

  it('names the number when the contact has no name, and marks a rehearsal', () => {
    expect(replyNotice({ ...reply, name: null, rehearsal: true }).title).toBe(
      '+447911200105 replied (rehearsal)',
    )
    expect(replyNotice({ ...reply, name: '  ' }).title).toBe('+447911200105 replied')
  })

  it('keeps the text on one short line, and says what to do when there is none', () => {
    expect(replyNotice({ ...reply, text: 'Hello\n\nthere' }).body).toBe('Hello there')
    const long = replyNotice({ ...reply, text: 'x'.repeat(500) }).body
    expect(long).toHaveLength(160)
    expect(long.endsWith('…')).toBe(true)
    expect(replyNotice({ ...reply, text: ' ' }).body).toBe('Open the Inbox to see it.')
  })

  it('leaves right-to-left text and emoji as they are', () => {
    expect(replyNotice({ ...reply, name: 'محل الورد', text: 'كم السعر؟ 🌹' })).toEqual({
      title: 'محل الورد replied',
      body: 'كم السعر؟ 🌹',
    })
  })
})
