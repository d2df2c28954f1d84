import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../context'
import { closeAfterEach, contextIn, openTestContext, tempDataDir } from '../../context.test-support'
import { fakeClientFactory } from '../../whatsapp/fake-client'
import type { FakeWaClient } from '../../whatsapp/fake-client'
import { runCommand } from './cli-harness.test-support'
import { waCommand } from './wa'
import { markLinked } from '../../whatsapp/session-files'

const closing = closeAfterEach()

/** A data folder whose WhatsApp client is a fake; `script` plays WhatsApp's part once it is started. */
function open(script?: (fake: FakeWaClient) => void): {
  ctx: AppContext
  fakes: ReturnType<typeof fakeClientFactory>
} {
  const fakes = fakeClientFactory((fake) => {
    const initialize = fake.initialize.bind(fake)
    fake.initialize = async () => {
      await initialize()
      if (script) setTimeout(() => script(fake), 5)
    }
  })
  const ctx = closing(contextIn(tempDataDir(), { runtime: 'cli', whatsappClient: fakes.factory }))
  return { ctx, fakes }
}

const sessionDir = (ctx: AppContext): string => path.join(ctx.paths.dataDir, 'whatsapp', 'session-herald-1')
const rosa = { name: 'Rosa Bakery', phone: '447911123456' }

describe('herald wa status', () => {
  it('ready with the saved login: exit 0, the account, and the browser closed afterwards', async () => {
    const { ctx, fakes } = open((fake) => {
      fake.scan()
      fake.becomeReady(rosa)
    })
    const run = await runCommand(ctx, waCommand, 'status')
    expect(run).toEqual({ status: 0, out: 'Connected as Rosa Bakery (+447911123456).\n', err: '' })
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('no saved login: exit 1 and how to log in', async () => {
    const { ctx, fakes } = open((fake) => fake.showQr('2@qr'))
    const run = await runCommand(ctx, waCommand, 'status')
    expect(run.status).toBe(1)
    expect(run.err).toBe(
      'herald: This computer is not linked to WhatsApp: run "herald wa login" and scan the QR code with your phone.\n',
    )
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('offline, as JSON: one object with the problem', async () => {
    const { ctx } = open()
    const fakes = fakeClientFactory(
      (fake) =>
        (fake.initializeOutcome = new Error('net::ERR_INTERNET_DISCONNECTED at https://web.whatsapp.com/')),
    )
    const offline = openTestContext({
      dataDir: ctx.paths.dataDir,
      runtime: 'cli',
      whatsappClient: fakes.factory,
    })
    try {
      const run = await runCommand(offline, waCommand, 'status', '--json')
      expect(run.status).toBe(1)
      const answer = JSON.parse(run.out) as Record<string, unknown>
      expect(answer).toMatchObject({
        ready: false,
        message: expect.stringMatching(/could not be reached/) as unknown,
        state: { status: 'not_connected', problem: { kind: 'unreachable' } },
      })
    } finally {
      await offline.shutdown()
    }
  })

  it('still loading at the timeout: says where it stopped', async () => {
    const { ctx, fakes } = open((fake) => fake.loading(30))
    const run = await runCommand(ctx, waCommand, 'status', '--timeout', '0.2')
    expect(run.status).toBe(1)
    expect(run.err).toMatch(/did not become ready within 0.2 seconds \(it was at: syncing\)/)
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('refuses a timeout that is not a number of seconds', async () => {
    const { ctx } = open()
    expect((await runCommand(ctx, waCommand, 'status', '--timeout', 'soon')).status).toBe(2)
    expect((await runCommand(ctx, waCommand, 'sideways')).status).toBe(2)
  })
})

describe('herald wa login', () => {
  it('draws the QR code in the terminal, then reports the linked account', async () => {
    const { ctx, fakes } = open((fake) => {
      fake.showQr('2@abcdefgh,ijklmnop')
      setTimeout(() => {
        fake.scan()
        fake.loading(100)
        fake.becomeReady(rosa)
      }, 20)
    })
    const run = await runCommand(ctx, waCommand, 'login')
    expect(run.status).toBe(0)
    expect(run.out).toMatch(/[▀▄█]/)
    expect(run.out).toContain('Linked devices → Link a device')
    expect(run.out).toContain('Connected as Rosa Bakery (+447911123456).')
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('Ctrl+C while the QR code shows: closes the browser and stops with 130', async () => {
    const { ctx, fakes } = open((fake) => {
      fake.showQr('2@abc')
      setTimeout(() => process.emit('SIGINT', 'SIGINT'), 10)
    })
    const run = await runCommand(ctx, waCommand, 'login')
    expect(run.status).toBe(130)
    expect(run.err).toBe('Stopped: the browser is being closed; the saved login (if any) is kept.\n')
    expect(fakes.last().browserRunning).toBe(false)
    expect(fakes.last().pupBrowser?.killedWith).toBeNull()
  })

  it('a refused login: exit 1, scan again', async () => {
    const { ctx } = open((fake) => fake.failAuth())
    const run = await runCommand(ctx, waCommand, 'login')
    expect(run.status).toBe(1)
    expect(run.err).toMatch(/^herald: WhatsApp did not accept the saved login.*Scan a new QR code/)
  })
})

describe('herald wa logout', () => {
  it('without a saved login: nothing to do, and no browser started', async () => {
    const { ctx, fakes } = open()
    const run = await runCommand(ctx, waCommand, 'logout')
    expect(run).toMatchObject({
      status: 0,
      out: 'This computer was not logged in to WhatsApp; nothing to do.\n',
    })
    expect(fakes.created).toHaveLength(0)
  })

  it('with a saved login: logs out through WhatsApp and deletes the login', async () => {
    const { ctx, fakes } = open((fake) => fake.becomeReady(rosa))
    fs.mkdirSync(sessionDir(ctx), { recursive: true })
    markLinked(sessionDir(ctx))
    const run = await runCommand(ctx, waCommand, 'logout')
    expect(run.out).toBe('Logged out: this computer is unlinked and its saved login deleted.\n')
    expect(fakes.last().logoutCalls).toBe(1)
    expect(fs.existsSync(sessionDir(ctx))).toBe(false)
  })

  it('offline: deletes the login anyway and says to remove the device on the phone', async () => {
    const { ctx } = open()
    fs.mkdirSync(sessionDir(ctx), { recursive: true })
    markLinked(sessionDir(ctx))
    const fakes = fakeClientFactory(
      (fake) => (fake.initializeOutcome = new Error('net::ERR_NAME_NOT_RESOLVED')),
    )
    const offline = openTestContext({
      dataDir: ctx.paths.dataDir,
      runtime: 'cli',
      whatsappClient: fakes.factory,
    })
    try {
      const run = await runCommand(offline, waCommand, 'logout')
      expect(run.status).toBe(0)
      expect(run.out).toMatch(/saved login on this computer was deleted.*Linked devices/)
      expect(fs.existsSync(sessionDir(ctx))).toBe(false)
    } finally {
      await offline.shutdown()
    }
  })
})
