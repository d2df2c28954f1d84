import { describe, expect, it } from 'vitest'
import { closeAfterEach } from '../../context.test-support'
import { AppError } from '../../errors'
import { answersOf, contact, openInboxWorld } from '../../inbox/inbox-world.test-support'
import type { InboxWorld } from '../../inbox/inbox-world.test-support'
import { rejectionOf } from '../../thrown.test-support'
import type { CliIo } from '../io'
import { inboxReply } from './inbox-reply'

const closing = closeAfterEach()
const world = (): InboxWorld => closing(openInboxWorld({ readyOnStart: true }))

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t), env: {} }, out, err }
}

describe('herald inbox reply ID --text TEXT', () => {
  it('connects the conversation’s number with its saved login, sends, exits 0 and closes the browser', async () => {
    const w = world()
    w.saveLogin()
    const id = w.conversation()
    const { io, out } = capture()

    expect(await inboxReply(w.ctx, id, 'Yes, 12 euros.', io)).toBe(0)

    expect(out).toEqual([`Sent the answer to Ana (${contact}) from “My number” (+447700900000).`])
    const fake = w.clients.last()
    expect(fake.sent.map((s) => s.content)).toEqual(['Yes, 12 euros.'])
    expect(fake.browserRunning).toBe(false)
  })

  it('exits 1 with the reason when the answer was not sent', async () => {
    const w = world()
    w.saveLogin()
    const id = w.conversation({ phone: '+447911999999' })
    const { io, err } = capture()

    expect(await inboxReply(w.ctx, id, 'Hello?', io)).toBe(1)

    expect(err.at(-1)).toBe(
      'herald: the answer to Ana (+447911999999) was not sent: This number has no WhatsApp account.',
    )
  })

  it('exits 1 without sending when the number has no saved login', async () => {
    const w = world()
    const id = w.conversation()
    const { io, err } = capture()

    expect(await inboxReply(w.ctx, id, 'Hello?', io)).toBe(1)

    expect(err.at(-1)).toMatch(/^herald: “My number” is not connected: Link WhatsApp first: herald wa login$/)
    expect(answersOf(w.ctx, id)).toEqual([])
  })

  it('refuses a dry run’s reply before starting any browser', async () => {
    const w = world()
    w.saveLogin()
    const id = w.conversation({ rehearsal: true })

    const refused = await rejectionOf(AppError, () => inboxReply(w.ctx, id, 'Hello?', capture().io))

    expect(refused.message).toMatch(/dry run’s invented reply/)
    expect(w.clients.created).toEqual([])
  })
})
