import { describe, expect, it } from 'vitest'
import { closeAfterEach } from '../context.test-support'
import { newCampaign, phoneOf } from '../campaign/fixtures.test-support'
import {
  chatOf,
  connect,
  dropWhileTyping,
  liveCampaign,
  oncePerPhone,
  onSendTo,
  open,
  outgoingPerChat,
  rows,
  sendCalls,
  status,
  until,
} from './live-world.test-support'
import type { World } from './live-world.test-support'
import type { FakeWaClient } from './fake-client'

const closing = closeAfterEach()

/** A world connected to WhatsApp, whose campaigns resume by themselves after a reconnect, or not. */
async function connected(autoResume: 'yes' | 'no'): Promise<{ w: World; fake: FakeWaClient }> {
  const w = closing(open())
  w.ctx.settings.update({ 'campaign.autoResume': autoResume })
  return { w, fake: await connect(w) }
}

describe('a live campaign when WhatsApp disconnects', () => {
  it('pauses, sends nothing while disconnected, and resumes by itself without a duplicate', async () => {
    const { w, fake } = await connected('yes')
    const id = await liveCampaign(w, 6)
    dropWhileTyping(fake, phoneOf(2), () => fake.changeState('TIMEOUT'))
    w.campaigns.start(id)
    await until(
      () => status(w, id) === 'paused' && !w.messages.withStatus(id, 'queued', 1).length === false,
      'the pause',
    )
    await w.campaigns.whenDone(id)
    expect(w.campaigns.get(id).statusReason).toMatch(/Herald paused the campaign and resumes it by itself/)
    expect(w.campaigns.pauseCause(id)).toBe('connection')
    expect(sendCalls(w)).toBe(2)
    // An hour passes while WhatsApp is away: nothing is sent.
    await w.clock.sleep(60 * 60_000)
    expect(sendCalls(w)).toBe(2)
    fake.changeState('CONNECTED')
    await until(() => status(w, id) === 'completed', 'the campaign to finish')
    expect(fake.sent.map((s) => s.chatId).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => chatOf(phoneOf(i))))
    expect(fake.sent.every((s) => s.stateAtSend === 'CONNECTED')).toBe(true)
    const third = rows(w, id).find((m) => m.phone === phoneOf(2))!
    const trail = w.messages.events.ofMessage(third.id).map((e) => `${e.from}->${e.to}`)
    expect(trail).toEqual([
      'null->queued',
      'queued->sending',
      'sending->sending',
      'sending->queued',
      'queued->sending',
      'sending->sent',
    ])
  })

  it('after a browser crash on a message that did go, reconnects and never sends it again', async () => {
    const { w, fake } = await connected('yes')
    const id = await liveCampaign(w, 5)
    onSendTo(fake, 2, async (sendAsUsual) => {
      // WhatsApp took the message, then the page died before answering.
      await sendAsUsual()
      fake.disconnect('NAVIGATION')
      throw new Error('Protocol error (Runtime.callFunctionOn): Session closed.')
    })
    w.campaigns.start(id)
    await until(() => status(w, id) === 'paused', 'the pause')
    await w.campaigns.whenDone(id)
    expect(w.connection.state().status).toBe('disconnected')
    const again = await connect(w)
    expect(again).not.toBe(fake)
    await until(() => status(w, id) === 'completed', 'the campaign to finish')
    expect(outgoingPerChat(w)).toEqual(oncePerPhone(5))
    const third = w.messages.get(rows(w, id).find((m) => m.phone === phoneOf(2))!.id)!
    expect(third.status).toBe('sent')
    expect(third.waMessageId).toMatch(/^true_447911100002@c.us_/)
  })

  it('a send meets a dead page that whatsapp-web.js never reports: the connection ends it and resumes', async () => {
    const { w, fake } = await connected('yes')
    const id = await liveCampaign(w, 4)
    onSendTo(fake, 1, () =>
      Promise.reject(new Error('Protocol error (Runtime.callFunctionOn): Target closed.')),
    )
    w.campaigns.start(id)
    await w.campaigns.whenDone(id)
    expect(w.campaigns.get(id)).toMatchObject({
      status: 'paused',
      statusReason: expect.stringMatching(
        /^The browser running WhatsApp Web closed unexpectedly\. .* resumes it by itself/,
      ),
    })
    // The transport told the connection: not ready any more, its browser closed, no event needed
    await until(() => w.connection.state().status === 'disconnected', 'the disconnect')
    expect(w.connection.state().problem?.kind).toBe('browser_crashed')
    await until(() => !fake.browserRunning, 'the browser to close')
    await connect(w)
    await until(() => status(w, id) === 'completed', 'the campaign to finish')
    expect(outgoingPerChat(w)).toEqual(oncePerPhone(4))
  })

  it('reconnects by itself after the Wi-Fi blinks and resumes the campaign, nothing sent twice', async () => {
    const madeAt: number[] = []
    const w = closing(
      open(undefined, {
        savedLogin: true,
        prepare: (fake, n) => {
          madeAt.push(w.clock.now())
          // The first automatic try meets no internet yet; the second gets through with the saved login.
          if (n === 1)
            fake.initializeOutcome = new Error('net::ERR_INTERNET_DISCONNECTED at web.whatsapp.com')
          if (n === 2) setImmediate(() => fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' }))
        },
      }),
    )
    w.ctx.settings.update({ 'campaign.autoResume': 'yes' })
    const fake = await connect(w)
    const id = await liveCampaign(w, 6)
    let droppedAt = 0
    let sentWhileAway = -1
    dropWhileTyping(fake, phoneOf(2), () => {
      droppedAt = w.clock.now()
      fake.disconnect('NAVIGATION')
    })
    w.connection.onState((s) => {
      if (s.reconnect?.attempt === 2) sentWhileAway = sendCalls(w)
    })
    w.campaigns.start(id)
    await until(() => status(w, id) === 'paused', 'the pause')
    expect(w.campaigns.get(id).statusReason).toMatch(/resumes it by itself once WhatsApp is connected again/)
    await until(() => status(w, id) === 'completed', 'the campaign to finish')

    expect(w.clients.created).toHaveLength(3)
    expect([madeAt[1]! - droppedAt, madeAt[2]! - madeAt[1]!]).toEqual([10_000, 30_000])
    expect(sentWhileAway).toBe(2)
    const sent = w.clients.created.flatMap((c) => c.sent)
    expect(sent.map((m) => m.chatId).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => chatOf(phoneOf(i))))
    expect(sent.every((m) => m.stateAtSend === 'CONNECTED')).toBe(true)
    expect(outgoingPerChat(w)).toEqual(oncePerPhone(6))
    expect(w.connection.state()).toMatchObject({ status: 'ready', problem: null, reconnect: null })
  })

  it('leaves dry runs and campaigns the user stopped alone', async () => {
    const { w, fake } = await connected('yes')
    const stopped = await liveCampaign(w, 3)
    const rehearsal = await newCampaign(w, 5, 'fast')
    dropWhileTyping(fake, phoneOf(1), () => fake.changeState('TIMEOUT'))
    w.campaigns.start(rehearsal)
    w.campaigns.start(stopped)
    await until(() => status(w, stopped) === 'paused', 'the pause')
    expect(status(w, rehearsal)).toBe('running')
    expect(await w.campaigns.whenDone(rehearsal)).toBe('completed')
    await w.campaigns.stop(stopped)
    fake.changeState('CONNECTED')
    await w.clock.sleep(60 * 60_000)
    expect(status(w, stopped)).toBe('cancelled')
    expect(fake.sendCalls).toBe(1)
  })

  it('stays paused when WhatsApp is back if auto-resume is off, and sends nothing until Resume', async () => {
    const { w, fake } = await connected('no')
    const id = await liveCampaign(w, 4)
    dropWhileTyping(fake, phoneOf(1), () => fake.changeState('TIMEOUT'))
    w.campaigns.start(id)
    await until(() => status(w, id) === 'paused', 'the pause')
    await w.campaigns.whenDone(id)
    expect(w.campaigns.get(id).statusReason).toMatch(/connect again on the Connect screen, then press Resume/)
    fake.changeState('CONNECTED')
    expect(w.connection.state().status).toBe('ready')
    await w.clock.sleep(60 * 60_000)
    expect(status(w, id)).toBe('paused')
    expect(sendCalls(w)).toBe(1)
    w.campaigns.resume(id)
    expect(await w.campaigns.whenDone(id)).toBe('completed')
    expect(outgoingPerChat(w)).toEqual(oncePerPhone(4))
  })

  it('pauses a live campaign started while WhatsApp is not connected, with nothing left to check', async () => {
    const w = closing(open())
    const id = await liveCampaign(w, 2)
    w.campaigns.start(id)
    expect(await w.campaigns.whenDone(id)).toBe('paused')
    expect(w.campaigns.get(id).statusReason).toMatch(/^WhatsApp disconnected\. /)
    expect(w.campaigns.pauseCause(id)).toBe('disconnected')
    expect(w.campaigns.get(id).counts).toMatchObject({ queued: 2, sending: 0 })
  })
})
