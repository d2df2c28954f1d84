import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { settingDefaults } from '../../src-shared/domain/settings'
import type { Settings } from '../../src-shared/domain/settings'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { EventHub } from '../events'
import { tempDataDir } from '../context.test-support'
import type { BrowserFound } from './browser'
import { problems } from './errors'
import { WhatsAppConnection } from './connection'
import type { ConnectionTimeouts } from './connection-state'
import { fakeClientFactory } from './fake-client'
import type { FakeWaClient } from './fake-client'

const offline = (): Error => new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/')
const chromium: BrowserFound = { ok: true, path: '/usr/bin/chromium', source: 'found' }

let temp: ReturnType<typeof tempDataDir>
let events: EventHub
let seen: WhatsAppState[]
let records: string[]
let settings: Settings
let connection: WhatsAppConnection

function open(
  setup?: (fake: FakeWaClient) => void,
  options: { browser?: BrowserFound; timeouts?: Partial<ConnectionTimeouts> } = {},
): ReturnType<typeof fakeClientFactory> {
  const fakes = fakeClientFactory(setup)
  connection = new WhatsAppConnection({
    dataDir: temp.dir,
    events,
    settings: () => settings,
    record: (kind) => records.push(kind),
    factory: fakes.factory,
    findBrowser: () => options.browser ?? chromium,
    timeouts: { closeMs: 50, ...options.timeouts },
  })
  return fakes
}

const statuses = (): string[] => seen.map((s) => s.status).filter((s, i, all) => s !== all[i - 1])
const sessionDir = (n: number): string => path.join(temp.dir, 'whatsapp', `session-herald-${n}`)
const settle = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(() => {
  temp = tempDataDir('herald-wa-')
  events = new EventHub()
  seen = []
  records = []
  settings = { ...settingDefaults }
  events.subscribe((event, payload) => {
    if (event === 'whatsapp:state') seen.push(payload as WhatsAppState)
  })
})

afterEach(async () => {
  await connection.close()
  temp.remove()
})

describe('connecting by QR code', () => {
  it('goes from starting browser to QR, scan, syncing and ready, with the account', async () => {
    const fakes = open()
    const first = await connection.connect()
    expect(first.status).toBe('starting')
    const fake = fakes.last()
    expect(fake.initializeCalls).toBe(1)
    expect(fake.options).toMatchObject({
      clientId: 'herald-1',
      dataPath: path.join(temp.dir, 'whatsapp'),
      executablePath: '/usr/bin/chromium',
      webVersionCache: { type: 'local', path: path.join(temp.dir, 'whatsapp', 'web-cache') },
    })

    fake.showQr('2@abc,def')
    expect(connection.state()).toMatchObject({ status: 'waiting_for_scan', qr: '2@abc,def' })
    fake.showQr('2@next,code')
    expect(connection.state().qr).toBe('2@next,code')
    expect(connection.client()).toBeNull()
    fake.scan()
    expect(connection.state()).toMatchObject({ status: 'authenticating', qr: null })
    fake.loading(45)
    expect(connection.state()).toMatchObject({ status: 'syncing', detail: 'Loading your chats 45%' })
    fake.becomeReady({ name: 'Rosa Bakery', phone: '+44 7911 123456' })

    expect(connection.state()).toMatchObject({
      status: 'ready',
      account: { name: 'Rosa Bakery', phone: '+447911123456' },
      problem: null,
      qr: null,
    })
    expect(connection.client()).toBe(fake)
    expect(statuses()).toEqual(['starting', 'waiting_for_scan', 'authenticating', 'syncing', 'ready'])
    expect(fake.browserRunning).toBe(true)
    expect(records).toContain('whatsapp_ready')
  })

  it('starts one browser however often Connect is pressed', async () => {
    const fakes = open()
    await Promise.all([connection.connect(), connection.connect()])
    await connection.connect()
    fakes.last().becomeReady({ name: 'Rosa', phone: '447911123456' })
    await connection.connect()
    expect(fakes.created).toHaveLength(1)
  })

  it('passes "none" from Settings as it is: the newest WhatsApp Web each time', async () => {
    settings = { ...settings, 'whatsapp.webVersionCache': 'none' }
    const fakes = open()
    await connection.connect()
    expect(fakes.last().options?.webVersionCache).toEqual({ type: 'none' })
  })

  it('clears the saved copy of WhatsApp Web when asked, and keeps the login', async () => {
    const cache = path.join(temp.dir, 'whatsapp', 'web-cache')
    fs.mkdirSync(cache, { recursive: true })
    fs.writeFileSync(path.join(cache, '2.3000.1.html'), '<html>')
    fs.mkdirSync(sessionDir(1), { recursive: true })
    open()
    await connection.connect({ clearCache: true })
    expect(fs.existsSync(cache)).toBe(false)
    expect(fs.existsSync(sessionDir(1))).toBe(true)
  })
})

describe('Chromium from Snap', () => {
  it('with the data folder inside ~/.config: says so and what to do, and starts no browser', async () => {
    const fakes = fakeClientFactory()
    connection = new WhatsAppConnection({
      dataDir: path.join(temp.dir, '.config', 'Herald'),
      home: temp.dir,
      events,
      settings: () => settings,
      record: (kind) => records.push(kind),
      factory: fakes.factory,
      findBrowser: () => ({ ok: true, path: '/snap/bin/chromium', source: 'found' }),
    })
    const state = await connection.connect()
    expect(state).toMatchObject({
      status: 'not_connected',
      problem: {
        kind: 'no_browser',
        message: expect.stringMatching(/^Chromium from Snap cannot open Herald's data folder/),
      },
    })
    expect(state.problem?.advice).toMatch(/Install Google Chrome/)
    expect(state.reconnect ?? null).toBeNull()
    expect(fakes.created).toHaveLength(0)
  })
})

describe('the saved copy of WhatsApp Web', () => {
  it('loads the newest copy in the cache, and none once the cache is cleared', async () => {
    const cache = path.join(temp.dir, 'whatsapp', 'web-cache')
    fs.mkdirSync(cache, { recursive: true })
    for (const name of ['2.3000.1017054665.html', '2.3000.1031234567.html', '2.2412.54.html', 'notes.txt'])
      fs.writeFileSync(path.join(cache, name), '<html></html>')
    const fakes = open()
    await connection.connect()
    expect(fakes.last().options).toMatchObject({ webVersion: '2.3000.1031234567' })
    await connection.cancel()
    await connection.connect({ clearCache: true })
    expect(fakes.last().options?.webVersion).toBeUndefined()
    settings = { ...settings, 'whatsapp.webVersionCache': 'none' }
    fs.mkdirSync(cache, { recursive: true })
    fs.writeFileSync(path.join(cache, '2.3000.1031234567.html'), '<html></html>')
    await connection.cancel()
    await connection.connect()
    expect(fakes.last().options?.webVersion).toBeUndefined()
    expect(fakes.created).toHaveLength(3)
  })
})

describe('when connecting fails, the browser is closed and the next step is named', () => {
  it('offline: WhatsApp Web unreachable', async () => {
    const fakes = open((fake) => (fake.initializeOutcome = offline()))
    await connection.connect()
    const state = await connection.waitFor((s) => s.status !== 'starting', 1000)
    expect(state).toMatchObject({ status: 'not_connected', problem: { kind: 'unreachable' } })
    expect(state?.problem?.advice).toMatch(/internet connection.*firewall/)
    await settle()
    expect(fakes.last().browserRunning).toBe(false)
    expect(connection.client()).toBeNull()
  })

  it('no browser: says where to set the path, and never starts a client', async () => {
    const fakes = open(undefined, { browser: { ok: false, problem: problems.noBrowser() } })
    const state = await connection.connect()
    expect(state).toMatchObject({ status: 'not_connected', problem: { kind: 'no_browser' } })
    expect(state.problem?.advice).toMatch(/Settings → WhatsApp/)
    expect(fakes.created).toHaveLength(0)
  })

  it('no QR and no ready in time: stuck loading, with the cache advice', async () => {
    const fakes = open(undefined, { timeouts: { startMs: 20 } })
    await connection.connect()
    const state = await connection.waitFor((s) => s.problem !== null, 1000)
    expect(state?.problem?.kind).toBe('stuck_loading')
    expect(state?.problem?.advice).toMatch(/Clear cache and retry/)
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('scanned, as 1.34.7 shows it (no event until the sync ends): Linking…, and the QR timer ends nothing', async () => {
    const fakes = open(undefined, { timeouts: { scanMs: 30, linkPollMs: 5, syncMs: 5_000 } })
    await connection.connect()
    const fake = fakes.last()
    fake.showQr('2@abc')
    fake.scanSilently()
    await connection.waitFor((s) => s.status === 'authenticating', 1000)
    expect(connection.state()).toMatchObject({ status: 'authenticating', qr: null, problem: null })
    await settle(80) // well past the QR code's 30 ms
    expect(connection.state().status).toBe('authenticating')
    expect(fake.browserRunning).toBe(true)
    fake.finishSync({ name: 'Rosa Bakery', phone: '447911123456' })
    expect(connection.state()).toMatchObject({ status: 'ready', account: { name: 'Rosa Bakery' } })
  })

  it('a QR code that stops being renewed is not left on screen: WhatsApp Web starts again', async () => {
    const fakes = open(undefined, { timeouts: { qrStaleMs: 30, linkPollMs: 5 } })
    await connection.connect()
    const first = fakes.last()
    first.showQr('2@abc')
    await connection.waitFor(() => fakes.created.length === 2, 1000)
    await settle(20)
    expect(fakes.created).toHaveLength(2)
    expect(first.browserRunning).toBe(false)
    expect(connection.state().status).toBe('starting')
    expect(records).toContain('whatsapp_qr_stale')
  })

  it('a QR code nobody scans: the browser is closed after a while', async () => {
    const fakes = open(undefined, { timeouts: { scanMs: 20 } })
    await connection.connect()
    fakes.last().showQr('2@abc')
    const state = await connection.waitFor((s) => s.problem !== null, 1000)
    expect(state?.problem?.message).toMatch(/not scanned in time/)
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('a saved login WhatsApp refuses: login failed, scan again', async () => {
    const fakes = open()
    await connection.connect()
    fakes.last().failAuth()
    await settle()
    expect(connection.state()).toMatchObject({ status: 'auth_failure', problem: { kind: 'session_expired' } })
    expect(connection.state().problem?.advice).toMatch(/Scan a new QR code/)
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('a destroy() that hangs: the browser process is killed', async () => {
    const fakes = open((fake) => (fake.destroyHangs = true))
    await connection.connect()
    await connection.cancel()
    expect(fakes.last().pupBrowser?.killedWith).toBe('SIGKILL')
    expect(fakes.last().browserRunning).toBe(false)
    expect(records).toContain('whatsapp_close_problem')
  })
})

describe('after it was ready', () => {
  async function ready(): Promise<FakeWaClient> {
    const fakes = open()
    await connection.connect()
    fakes.last().becomeReady({ name: 'Rosa Bakery', phone: '447911123456' })
    return fakes.last()
  }

  it('logged out from the phone: disconnected, scan again, and the old login is forgotten', async () => {
    fs.mkdirSync(sessionDir(1), { recursive: true })
    const fake = await ready()
    fake.disconnect('LOGOUT')
    // The browser closes and the login folder goes in the background: waited for, however busy the machine
    await vi.waitFor(
      () =>
        expect({ browser: fake.browserRunning, login: fs.existsSync(sessionDir(1)) }).toEqual({
          browser: false,
          login: false,
        }),
      { timeout: 5000 },
    )
    expect(connection.state()).toMatchObject({ status: 'disconnected', problem: { kind: 'logged_out' } })
    expect(connection.client()).toBeNull()
    expect(connection.hasSavedSession()).toBe(false)
  })

  it('the page navigated away: browser closed, with the reason', async () => {
    const fake = await ready()
    fake.disconnect('NAVIGATION')
    await settle()
    expect(connection.state()).toMatchObject({ status: 'disconnected', problem: { kind: 'browser_crashed' } })
  })

  it('WhatsApp Web loses its connection for a while: not ready meanwhile, ready again after', async () => {
    const fake = await ready()
    const changes: string[] = []
    connection.onState((s) => changes.push(s.status))
    fake.changeState('TIMEOUT')
    expect(connection.client()).toBeNull()
    expect(connection.state()).toMatchObject({ status: 'disconnected', problem: null })
    fake.changeState('CONNECTED')
    expect(connection.client()).toBe(fake)
    expect(changes).toEqual(['disconnected', 'ready'])
  })

  it('a loading screen after ready (WhatsApp Web syncing in the background) stays ready and closes nothing', async () => {
    const fakes = open(undefined, { timeouts: { syncMs: 30 } })
    await connection.connect()
    const fake = fakes.last()
    fake.scan()
    fake.becomeReady({ name: 'Rosa Bakery', phone: '447911123456' })
    const changes: string[] = []
    connection.onState((s) => changes.push(s.status))
    fake.loading(42)
    fake.loading(99) // and it sticks there, past the time a first sync may take
    fake.scan()
    await settle(80)
    expect(changes).toEqual([])
    expect(connection.state()).toMatchObject({ status: 'ready', problem: null })
    expect(connection.client()).toBe(fake)
    expect(fake.browserRunning).toBe(true)
    expect(records.filter((r) => r === 'whatsapp_background_sync')).toHaveLength(3)
    // A page reload fires ready again: still one account, still ready
    fake.becomeReady({ name: 'Rosa Bakery', phone: '447911123456' })
    expect(connection.state()).toMatchObject({ status: 'ready', account: { name: 'Rosa Bakery' } })
  })

  it('reconnecting by itself after a drop, but stuck loading: ended after the time a sync may take', async () => {
    const fakes = open(undefined, { timeouts: { syncMs: 30 } })
    await connection.connect()
    const fake = fakes.last()
    fake.becomeReady({ name: 'Rosa Bakery', phone: '447911123456' })
    fake.changeState('TIMEOUT')
    fake.loading(99)
    expect(connection.state()).toMatchObject({ status: 'disconnected', problem: null })
    await settle(80)
    expect(connection.state().problem?.kind).toBe('stuck_loading')
    expect(fake.browserRunning).toBe(false)
  })

  it('a send that finds the page gone: disconnected, browser closed (reconnect.test.ts has the restart)', async () => {
    const fake = await ready()
    connection.reportBroken(new Error("Attempted to use detached Frame '9FF2A944'."))
    await settle()
    expect(connection.state()).toMatchObject({ status: 'disconnected', problem: { kind: 'browser_crashed' } })
    expect(fake.browserRunning).toBe(false)
  })

  it('log out: logs out in WhatsApp, closes the browser, deletes the login, next login is a new one', async () => {
    fs.mkdirSync(sessionDir(1), { recursive: true })
    const fake = await ready()
    const state = await connection.logout()
    expect(fake.logoutCalls).toBe(1)
    expect(fake.browserRunning).toBe(false)
    expect(state).toMatchObject({ status: 'not_connected', account: null, problem: null })
    expect(fs.existsSync(sessionDir(1))).toBe(false)
    const fakes = open()
    await connection.connect()
    expect(fakes.last().options?.clientId).toBe('herald-2')
  })
})

describe('cancel and quit', () => {
  it('cancel while the QR code shows: browser closed, saved login kept', async () => {
    fs.mkdirSync(sessionDir(1), { recursive: true })
    const fakes = open()
    await connection.connect()
    fakes.last().showQr('2@abc')
    const state = await connection.cancel()
    expect(state.status).toBe('not_connected')
    expect(fakes.last().browserRunning).toBe(false)
    expect(fs.existsSync(sessionDir(1))).toBe(true)
  })

  it('cancel while the browser is still launching: it is closed once it has started', async () => {
    const fakes = open((fake) => (fake.initializeOutcome = 'hang'))
    await connection.connect()
    await connection.cancel()
    expect(fakes.last().destroyCalls).toBeGreaterThanOrEqual(1)
    expect(fakes.last().browserRunning).toBe(false)
    fakes.last().scan()
    expect(connection.state().status).toBe('not_connected')
  })

  it('quit closes the browser and refuses to start another', async () => {
    const fakes = open()
    await connection.connect()
    fakes.last().becomeReady({ name: 'Rosa', phone: '447911123456' })
    await connection.close()
    expect(fakes.last().browserRunning).toBe(false)
    await connection.connect()
    expect(fakes.created).toHaveLength(1)
  })
})
