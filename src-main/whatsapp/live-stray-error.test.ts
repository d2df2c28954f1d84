import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { guardProcess } from '../logging/process-guard'
import {
  connectedPerTest,
  liveCampaign,
  oncePerPhone,
  outgoingPerChat,
  rows,
  status,
  until,
} from './live-world.test-support'

const connected = connectedPerTest()

describe('an uncaught exception while a live campaign sends', () => {
  it('pauses it after the message in flight is recorded; resuming sends the rest, none twice', async () => {
    const { w, fake } = await connected()
    const processEvents = new EventEmitter()
    const told: string[] = []
    const unguard = guardProcess(
      processEvents,
      () => w.ctx.log,
      (line) => told.push(line),
      { pauseCampaigns: (reason) => w.campaigns.pauseSending(reason) },
    )
    const send = fake.sendMessage.bind(fake)
    vi.spyOn(fake, 'sendMessage').mockImplementation((chatId, content, options) => {
      // whatsapp-web.js's own event handler throws while the second message is being handed over
      if (fake.sendCalls === 1)
        processEvents.emit(
          'uncaughtException',
          new Error("Cannot read properties of undefined (reading 'serialize')"),
        )
      return send(chatId, content, options)
    })
    const id = await liveCampaign(w, 4)
    w.campaigns.start(id)
    await until(() => status(w, id) === 'paused' && told.length === 1, 'the pause')
    expect(w.campaigns.get(id).statusReason).toMatch(
      /unexpected problem .*serialize.* Resume it when you are ready/,
    )
    expect(w.campaigns.pauseCause(id)).toBe('unexpected_error')
    expect(told[0]).toMatch(
      /^Herald met an unexpected problem and paused the campaign after the message in flight/,
    )
    // The message in flight went out and is recorded as sent; nothing after it was handed over
    expect(rows(w, id).map((m) => m.status)).toEqual(['sent', 'sent', 'queued', 'queued'])
    w.campaigns.resume(id)
    expect(await w.campaigns.whenDone(id)).toBe('completed')
    expect(outgoingPerChat(w)).toEqual(oncePerPhone(4))
    unguard()
  })
})
