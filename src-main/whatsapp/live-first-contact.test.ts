import { describe, expect, it } from 'vitest'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import { phoneOf } from '../campaign/fixtures.test-support'
import { seedHistory } from '../db/history-fixtures.test-support'
import { closeAfterEach, contextIn, tempDataDir } from '../context.test-support'
import { fakeClientFactory } from './fake-client'
import {
  chatOf,
  completedLiveCampaign,
  connectedPerTest,
  digits,
  lidOf,
  outgoingPerChat,
  rows,
  until,
} from './live-world.test-support'

/**
 * The first message to a number: whatsapp-web.js 1.34.7 cannot create a chat from a number whose private
 * "@lid" id WhatsApp Web has not learned ("No LID for user").
 */
const closing = closeAfterEach()
const connected = connectedPerTest()

describe('a first message to a number whatsapp-web.js cannot start a chat with', () => {
  it('goes to the contact’s "@lid" chat when WhatsApp Web knows it: sent once, and a STOP from there counts', async () => {
    const { w, fake } = await connected()
    fake.noLidYet.add(digits(1))
    fake.lids.set(lidOf(1), chatOf(phoneOf(1)))
    const id = await completedLiveCampaign(w, 3)
    expect(rows(w, id).map((m) => m.status)).toEqual(['sent', 'sent', 'sent'])
    expect(outgoingPerChat(w)[lidOf(1)]).toBe(1)
    expect(outgoingPerChat(w)[chatOf(phoneOf(1))]).toBeUndefined()
    expect(fake.sendCalls).toBe(3)
    fake.lids.clear()
    fake.receive({ from: lidOf(1), body: 'STOP' })
    await until(() => w.ctx.optOuts.has(phoneOf(1)), 'the opt-out')
  })

  it('fails with its own category and what to do when WhatsApp Web knows no "@lid": nothing sent, not retried', async () => {
    const { w, fake } = await connected()
    fake.noLidYet.add(digits(0))
    const id = await completedLiveCampaign(w, 2)
    expect(rows(w, id)[0]).toMatchObject({ status: 'failed', category: 'new_chat_refused', attempts: 1 })
    expect(rows(w, id)[1]?.status).toBe('sent')
    expect(fake.sendCalls).toBe(2)
    expect(outgoingPerChat(w)[chatOf(phoneOf(0))]).toBeUndefined()
    expect(categoryInfo.new_chat_refused.recommendation).toMatch(
      /from your phone.*Retry failed.*nothing was sent/s,
    )
  })
})

describe('a STOP from a private "@lid" chat after Herald restarted', () => {
  it('finds its contact in the message log when WhatsApp Web will not say whose chat it is', async () => {
    const fakes = fakeClientFactory()
    const ctx = closing(contextIn(tempDataDir(), { runtime: 'cli', whatsappClient: fakes.factory }))
    const [campaignId] = seedHistory(ctx.db, [
      {
        name: 'Last week',
        createdAt: '2026-05-27T09:00:00.000Z',
        dryRun: false,
        messages: [
          { phone: phoneOf(3), name: 'Amira', status: 'delivered', sentAt: '2026-05-27T09:01:00.000Z' },
        ],
      },
    ])
    ctx.db
      .prepare('UPDATE messages SET wa_message_id = ? WHERE campaign_id = ?')
      .run(`true_${lidOf(7)}_3EB0C0FFEE`, campaignId)
    await ctx.whatsapp.connect()
    const fake = fakes.last()
    fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    // An id that merely starts the same way is someone else's
    fake.receive({ from: `${90000000000 + 70}@lid`, body: 'STOP' })
    fake.receive({ from: lidOf(7), body: 'STOP' })
    await until(() => ctx.optOuts.has(phoneOf(3)), 'the opt-out')
    expect([...ctx.optOuts.all()]).toEqual([phoneOf(3)])
  })
})
