import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { phoneOf, saveList } from '../../campaign/fixtures.test-support'
import type { AppContext } from '../../context'
import { openTestContext, tempDataDir } from '../../context.test-support'
import { FakeWaClient, fakeClientFactory } from '../../whatsapp/fake-client'
import { campaignCommand } from './campaign'
import { runCommand } from './cli-harness.test-support'
import { markLinked, SessionFiles } from '../../whatsapp/session-files'

let ctx: AppContext
let remove: () => void
let clients: ReturnType<typeof fakeClientFactory>
/** What each fake WhatsApp does once started: become ready, or show a QR code (the login expired). */
let onStart: (fake: FakeWaClient) => void

beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  clients = fakeClientFactory((fake) => {
    fake.register(phoneOf(0))
    fake.initialize = async () => {
      await FakeWaClient.prototype.initialize.call(fake)
      setImmediate(() => onStart(fake))
    }
  })
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli', whatsappClient: clients.factory })
  onStart = (fake) => fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

async function liveCampaign(): Promise<number> {
  const listId = saveList(ctx, 1)
  const template = ctx.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
  return (await ctx.campaigns.create({ listId, templateId: template.id, dryRun: false, pace: 'fast' })).id
}

const linkSession = (): void => {
  const dir = path.join(ctx.paths.dataDir, 'whatsapp', 'session-herald-1')
  fs.mkdirSync(dir, { recursive: true })
  markLinked(dir)
}

describe('herald campaign run, for a campaign that is not a dry run', () => {
  it('does not mention the test message once one went out on this login', async () => {
    linkSession()
    new SessionFiles(ctx.paths.dataDir).markTested('2026-06-01T10:00:00.000Z')
    const id = await liveCampaign()
    const run = await runCommand(ctx, campaignCommand, 'run', String(id))
    expect(run.status).toBe(0)
    expect(run.err).not.toContain('test message')
  }, 20_000)

  it('asks to link WhatsApp first when no login is saved, and starts no browser', async () => {
    const id = await liveCampaign()
    const run = await runCommand(ctx, campaignCommand, 'run', String(id))
    expect(run).toMatchObject({ status: 1, err: 'herald: Link WhatsApp first: herald wa login\n' })
    expect(clients.created).toHaveLength(0)
    expect(ctx.campaigns.get(id).status).toBe('draft')
  })

  it('connects with the saved login, sends through WhatsApp and closes the browser', async () => {
    linkSession()
    const id = await liveCampaign()
    const run = await runCommand(ctx, campaignCommand, 'run', String(id))
    expect(run.err).toMatch(/Connected to WhatsApp as Corner Shop \+447700900000\./)
    expect(run.err).toContain('No test message has been sent on this WhatsApp login yet: "herald wa test"')
    expect(run).toMatchObject({ status: 0, out: `Campaign ${id} finished: sent 1.\n` })
    const fake = clients.last()
    expect(fake.sent.map((s) => [s.chatId, s.content])).toEqual([
      [`${phoneOf(0).slice(1)}@c.us`, 'Hi Shop 0'],
    ])
    expect(fake.browserRunning).toBe(false)
  }, 20_000)

  it('says so in one line when the saved login expired, and leaves the campaign unsent', async () => {
    linkSession()
    onStart = (fake) => fake.showQr('2@qr-code')
    const id = await liveCampaign()
    const run = await runCommand(ctx, campaignCommand, 'run', String(id))
    expect(run).toMatchObject({
      status: 1,
      err: 'herald: The saved WhatsApp login is no longer valid. Link WhatsApp again: herald wa login\n',
    })
    expect(clients.last().browserRunning).toBe(false)
    expect(ctx.campaigns.get(id).counts.queued).toBe(1)
  })
})
