import { describe, expect, it, vi } from 'vitest'
import { closeAfterEach } from '../context.test-support'
import type { SettingsPatch } from '../../src-shared/domain/settings'
import { phoneOf } from '../campaign/fixtures.test-support'
import type { FakeWaClient } from './fake-client'
import { chatOf, connect, liveCampaign, open, until } from './live-world.test-support'
import type { World } from './live-world.test-support'

const closing = closeAfterEach()

/**
 * Before each message goes out, the ones before it are delivered (or the circuit breaker would pause), and
 * the contact `i` writes `replies[i]` once their message is recorded as sent.
 */
function replyBeforeNextSend(fake: FakeWaClient, replies: Record<number, string>): void {
  const original = fake.sendMessage.bind(fake)
  vi.spyOn(fake, 'sendMessage').mockImplementation((chatId, content, options) => {
    for (const { message } of fake.sent) if (message.ack < 2) fake.ack(message.id._serialized, 2)
    for (const [i, body] of Object.entries(replies)) {
      if (chatId === chatOf(phoneOf(Number(i) + 1))) fake.receive({ from: phoneOf(Number(i)), body })
    }
    return original(chatId, content, options)
  })
}

/** A live campaign to 30 contacts who reply as `replies` says, sent until it pauses or completes. */
async function sentWithReplies(
  replies: Record<number, string>,
  settings?: SettingsPatch,
): Promise<{ w: World; fake: FakeWaClient; id: number; ended: string }> {
  const w = closing(open())
  const fake = await connect(w)
  if (settings) w.ctx.settings.update(settings)
  const id = await liveCampaign(w, 30)
  replyBeforeNextSend(fake, replies)
  w.campaigns.start(id)
  return { w, fake, id, ended: await w.campaigns.whenDone(id) }
}

describe('a live campaign watched for account-safety signals', () => {
  it('pauses when 3 of the first people ask to stop, and goes on when resumed', async () => {
    const { w, fake, id, ended } = await sentWithReplies({ 2: 'STOP', 7: 'Stop please', 12: 'BAJA' })
    expect(ended).toBe('paused')
    // Not judged before 20 people got a message: the third opt-out came at the 13th.
    expect(fake.sent).toHaveLength(20)
    expect(w.campaigns.get(id).statusReason).toBe(
      '3 of the last 20 people you messaged asked to stop (15%). WhatsApp bans numbers that many people ' +
        'block or report: Herald paused the campaign. Check that these contacts know you and expect your ' +
        'messages, slow down (Safe pace), and resume only when you are sure.',
    )
    expect(w.campaigns.pauseCause(id)).toBe('safety')
    w.campaigns.resume(id)
    expect(await w.campaigns.whenDone(id)).toBe('completed')
    expect(fake.sent).toHaveLength(30)
  })

  it('pauses when two people reply "who is this?", quoting no more of what they wrote', async () => {
    const { w, fake, id, ended } = await sentWithReplies({
      4: 'who is this?',
      15: 'Who is this? Mrs Patel here, never heard of you',
    })
    expect(ended).toBe('paused')
    expect(fake.sent).toHaveLength(20)
    const reason = w.campaigns.get(id).statusReason ?? ''
    expect(reason).toMatch(
      /^2 of the last 20 people you messaged replied with words like “who is this”: they may not know you\. /,
    )
    expect(reason).not.toMatch(/Patel/)
  })

  it('does not watch for complaints once the complaint words are emptied in Settings', async () => {
    const { ended } = await sentWithReplies(
      { 4: 'who is this?', 15: 'Who is this?' },
      { 'campaign.complaintWords': '' },
    )
    expect(ended).toBe('completed')
  })

  it('is not set off by one opt-out and an ordinary reply', async () => {
    const { w, ended } = await sentWithReplies({ 2: 'STOP', 7: 'Thanks, how much is it?' })
    expect(ended).toBe('completed')
    await until(() => w.ctx.optOuts.has(phoneOf(2)), 'the opt-out')
  })
})
