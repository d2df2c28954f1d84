import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { phoneOf, saveList } from '../../campaign/fixtures.test-support'
import type { AppContext } from '../../context'
import { MessagesRepo } from '../../db/repos/messages-repo'
import { messagesOf, openTestContext, tempDataDir } from '../../context.test-support'
import type { WaClientFactory } from '../../whatsapp/client'
import RehearsalClient from '../../whatsapp/rehearsal-client'
import { markLinked } from '../../whatsapp/session-files'
import type { CliIo } from '../io'
import { runCli } from '../run'
import { runCommand } from './cli-harness.test-support'
import { campaignCommand } from './campaign'
import { waCommand } from './wa'

let opened: { ctx: AppContext; remove: () => void } | null = null
afterEach(async () => {
  await opened?.ctx.shutdown()
  opened?.remove()
  opened = null
  vi.unstubAllEnvs()
})

/** A data folder whose WhatsApp is the rehearsal client: a phone at hand, every message delivered. */
function open(options: { linked: boolean }): { ctx: AppContext; clients: RehearsalClient[] } {
  const clients: RehearsalClient[] = []
  const factory: WaClientFactory = (clientOptions) => {
    const client = new RehearsalClient(clientOptions)
    clients.push(client)
    return Promise.resolve(client)
  }
  const temp = tempDataDir()
  const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli', whatsappClient: factory })
  opened = { ctx, remove: temp.remove }
  if (options.linked) {
    const session = path.join(temp.dir, 'whatsapp', 'session-herald-1')
    fs.mkdirSync(session, { recursive: true })
    markLinked(session)
  }
  return { ctx, clients }
}

describe('herald wa test', () => {
  it('sends one message to the account’s own number and reports each step, then closes the browser', async () => {
    const { ctx, clients } = open({ linked: true })
    const run = await runCommand(ctx, waCommand, 'test')
    expect(run.status).toBe(0)
    const lines = run.out.trimEnd().split('\n')
    expect(lines[0]).toBe('Sending a test message to your own number…')
    expect(lines.slice(1, 5).map((l) => l.replace(/\s+\d+\.\d s$/, '').trim())).toEqual([
      '✓ WhatsApp connected',
      '✓ Number found on WhatsApp',
      '✓ Sent: WhatsApp took the message',
      '✓ Delivered to the phone',
    ])
    expect(lines[5]).toMatch(/^The test message went out and reached your phone in \d+\.\d s\.$/)
    expect(clients[0]?.sent.map((s) => s.chatId)).toEqual(['447700900001@c.us'])
    expect(clients[0]?.browserRunning).toBe(false)
  }, 20_000)

  it('to a number that is not on WhatsApp: exit 1, nothing sent, what to do', async () => {
    const { ctx, clients } = open({ linked: true })
    const run = await runCommand(ctx, waCommand, 'test', '--to', '+44 7911 120000')
    expect(run.status).toBe(1)
    expect(run.out).toContain('+447911120000 has no WhatsApp account, so no test message was sent.')
    expect(run.err).toMatch(/^herald: Check the number, with its country code/)
    expect(clients[0]?.sendCalls).toBe(0)
  }, 20_000)

  it('asks to link WhatsApp first when no login is saved, and starts no browser', async () => {
    const { ctx, clients } = open({ linked: false })
    const run = await runCommand(ctx, waCommand, 'test', '--json')
    expect(run.status).toBe(1)
    expect(JSON.parse(run.out)).toEqual({ sent: false, message: 'Link WhatsApp first: herald wa login' })
    expect(clients).toHaveLength(0)
  })
})

describe('herald wa doctor', () => {
  it('reports versions, browser, login and problems without contacts’ numbers or message texts', async () => {
    const { ctx } = open({ linked: true })
    ctx.record(
      'whatsapp_failed',
      'Could not reach +44 7911 123456 about “Hi Amira, 20% off”',
      undefined,
      'error',
    )
    ctx.record('campaign_paused', 'Paused campaign "Spring"', undefined, 'info')
    const run = await runCommand(ctx, waCommand, 'doctor')
    expect(run.status).toBe(0)
    expect(run.out).toMatch(/^Herald \S+ \(cli, /)
    expect(run.out).toMatch(/whatsapp-web\.js: 1\.34\.\d+/)
    expect(run.out).toContain('Login: saved on this computer')
    expect(run.out).toContain('Test message: none on this login (herald wa test)')
    expect(run.out).toContain('whatsapp_failed: Could not reach [number] about “…”')
    expect(run.out).not.toMatch(/7911|Amira|Spring/)
    expect(run.out).toContain('Failed messages, last 30 days: none')
  })

  it('--connect --json: the WhatsApp Web version loaded and the state, as one JSON object', async () => {
    const { ctx } = open({ linked: true })
    const run = await runCommand(ctx, waCommand, 'doctor', '--connect', '--json')
    const report = JSON.parse(run.out) as Record<string, unknown>
    expect(report).toMatchObject({
      whatsappWeb: { loaded: '2.3000.1031980585' },
      login: { saved: true, status: 'ready', problem: null },
    })
  }, 20_000)
})

describe('a whole rehearsal through the CLI, with HERALD_WHATSAPP_CLIENT', () => {
  it('herald wa login, then herald campaign run: the campaign goes out through the rehearsal client', async () => {
    const temp = tempDataDir()
    const rehearsal = path.resolve('src-main/whatsapp/rehearsal-client.ts')
    // The login through the whole CLI, reading the variable from the environment
    vi.stubEnv('HERALD_WHATSAPP_CLIENT', rehearsal)
    let out = ''
    const io: CliIo = { out: (t) => (out += `${t}\n`), err: () => undefined, env: {} }
    expect(await runCli(['wa', 'login', '--data-dir', temp.dir], io)).toBe(0)
    expect(out).toContain('Connected as Rehearsal Shop (+447700900001). The login is saved')
    // The campaign on the tests' daytime clock (the sending window), the client from the same variable
    const ctx = openTestContext({
      dataDir: temp.dir,
      runtime: 'cli',
      env: { HERALD_WHATSAPP_CLIENT: rehearsal },
    })
    opened = { ctx, remove: temp.remove }
    const listId = saveList(ctx, 2)
    const template = ctx.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
    const campaign = await ctx.campaigns.create({
      listId,
      templateId: template.id,
      dryRun: false,
      pace: 'fast',
    })
    const run = await runCommand(ctx, campaignCommand, 'run', String(campaign.id))
    expect(run.err).toMatch(/Connected to WhatsApp as Rehearsal Shop/)
    expect(run.status).toBe(0)
    // Delivered or read by the end, depending on how fast the rehearsal's phone answers
    expect(run.out).toMatch(
      new RegExp(`^Campaign ${campaign.id} finished: (sent|delivered|read) 1, skipped 1\\.\n$`),
    )
    const rows = messagesOf(ctx, campaign.id)
    // The rehearsal's numbers ending in 0000 are not on WhatsApp
    expect(rows.map((m) => [m.phone, m.category])).toEqual([
      [phoneOf(0), 'not_on_whatsapp'],
      [phoneOf(1), null],
    ])
    expect(new MessagesRepo(ctx.db).get(rows[1]!.id)?.waMessageId).toMatch(/^true_447911100001@c\.us_/)
    expect(ctx.appEvents.recent(50).map((e) => e.kind)).toContain('whatsapp_client_override')
  }, 60_000)
})
