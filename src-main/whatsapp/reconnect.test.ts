import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { settingDefaults } from '../../src-shared/domain/settings'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { SimulatedClock } from '../campaign/clock'
import type { Clock } from '../campaign/clock'
import { openAppContext, startBackgroundWork } from '../context'
import { EventHub } from '../events'
import { tempDataDir } from '../test-support'
import type { BrowserFound } from './browser'
import { WhatsAppConnection } from './connection'
import { problems } from './errors'
import { fakeClientFactory } from './fake-client'
import type { FakeWaClient } from './fake-client'

const offline = (): Error => new Error('net::ERR_INTERNET_DISCONNECTED at https://web.whatsapp.com/')
const chromium: BrowserFound = { ok: true, path: '/usr/bin/chromium', source: 'found' }
const t0 = Date.UTC(2026, 10, 23, 22, 0)
const seconds = (ms: number): number => ms / 1000
const hour = 60 * 60_000

type Held = { ms: number; signal: AbortSignal | undefined; resolve: () => void }

/**
 * Simulated time (it jumps ahead whenever nothing else runs) that can hold Herald's waits, so that a test
 * can act while Herald waits to try again: `holding` keeps new waits back, `step()` lets those held run.
 */
class SteppedClock implements Clock {
  holding = false
  private held: Held[] = []
  constructor(readonly time: SimulatedClock) {}

  now(): number {
    return this.time.now()
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (!this.holding) return this.time.sleep(ms, signal)
    return new Promise((resolve) => this.held.push({ ms, signal, resolve }))
  }

  /** Whether Herald waits to try again, and nothing cancelled that wait. */
  waiting(): boolean {
    return this.held.some((wait) => !wait.signal?.aborted)
  }

  step(): void {
    for (const wait of this.held.splice(0)) void this.time.sleep(wait.ms, wait.signal).then(wait.resolve)
  }
}

let temp: ReturnType<typeof tempDataDir>
let clock: SteppedClock
let connection: WhatsAppConnection
let fakes: ReturnType<typeof fakeClientFactory>
/** When each client was made, in simulated time. */
let madeAt: number[]
let records: string[]

type Setup = {
  /** Prepares the n-th client (0 = the first); by default every client after the first is offline. */
  client?: (fake: FakeWaClient, n: number) => void
  browser?: () => BrowserFound
  /** What an earlier run left: a login WhatsApp accepted (default), a browser profile only, or nothing. */
  saved?: 'linked' | 'profile' | 'none'
  startMs?: number
}

function open(setup: Setup = {}): void {
  leave(setup.saved ?? 'linked')
  madeAt = []
  const prepare = setup.client ?? ((fake, n) => n > 0 && (fake.initializeOutcome = offline()))
  fakes = fakeClientFactory((fake) => {
    madeAt.push(clock.now())
    prepare(fake, madeAt.length - 1)
  })
  connection = new WhatsAppConnection({
    dataDir: temp.dir,
    events: new EventHub(),
    settings: () => settingDefaults,
    record: (kind) => records.push(kind),
    factory: fakes.factory,
    findBrowser: setup.browser ?? (() => chromium),
    timeouts: { closeMs: 50, startMs: setup.startMs ?? 60_000 },
    clock,
  })
}

const sessionDir = (): string => path.join(temp.dir, 'whatsapp', 'session-herald-1')

/** LocalAuth's folder, as an earlier run leaves it; Herald marks it when WhatsApp was ready with it. */
function leave(saved: 'linked' | 'profile' | 'none'): void {
  if (saved === 'none') return
  fs.mkdirSync(sessionDir(), { recursive: true })
  if (saved === 'linked')
    fs.writeFileSync(path.join(sessionDir(), '.herald-linked'), '2026-11-20T09:00:00.000Z')
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 20_000; i++) {
    if (test()) return
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

async function ready(): Promise<FakeWaClient> {
  await connection.connect()
  const fake = fakes.last()
  fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
  expect(connection.state().status).toBe('ready')
  return fake
}

const waiting = (): Promise<WhatsAppState | null> => connection.waitFor((s) => Boolean(s.reconnect), 1000)

/** Holds Herald's next wait; resolves once Herald waits to try again. */
async function heldWait(): Promise<void> {
  clock.holding = true
  await until(() => clock.waiting(), 'Herald to wait for its next try')
}

/** Lets time run again, then an hour of it passes: any retry still pending would have started. */
async function anHourLater(): Promise<void> {
  clock.holding = false
  clock.step()
  await clock.time.sleep(hour)
}

beforeEach(() => {
  temp = tempDataDir('herald-reconnect-')
  clock = new SteppedClock(new SimulatedClock(t0))
  records = []
})

afterEach(async () => {
  await connection.close()
  temp.remove()
})

describe('after a drop, Herald connects again by itself with the saved login', () => {
  it('waits 10 s, 30 s, 1 min, 2 min, then every 5 min, and says so while it waits', async () => {
    open()
    const fake = await ready()
    fake.disconnect('NAVIGATION')
    const first = await waiting()
    expect(first).toMatchObject({
      status: 'disconnected',
      problem: { kind: 'browser_crashed' },
      detail: 'Trying again in 10 s (attempt 1)…',
      reconnect: { attempt: 1, at: new Date(t0 + 10_000).toISOString() },
    })
    await until(() => madeAt.length >= 2 && connection.state().reconnect?.attempt === 2, 'the 2nd wait')
    // The first retry met no internet: that is what the screen says now, and when the next try is.
    expect(connection.state()).toMatchObject({
      status: 'disconnected',
      problem: { kind: 'unreachable' },
      detail: 'Trying again in 30 s (attempt 2)…',
    })
    await until(() => madeAt.length >= 8, 'eight clients')
    // Each failed try happens when its client is made (simulated time stands still meanwhile).
    const waits = madeAt.slice(1).map((at, i) => seconds(at - (madeAt[i] ?? 0)))
    expect(waits).toEqual([10, 30, 60, 120, 300, 300, 300])
    expect(connection.state().detail).toMatch(/^Trying again in 5 min \(attempt \d+\)…$/)
    expect(fakes.created.every((client) => !client.browserRunning)).toBe(true)
    expect(fakes.created.slice(1).every((client) => client.options?.clientId === 'herald-1')).toBe(true)
    expect(records).toContain('whatsapp_reconnecting')
  })

  it('becomes ready again on its own, and the next drop starts from 10 s once it has held', async () => {
    // Linked by QR code in this run: being ready marks the login as saved.
    open({ saved: 'profile', client: () => undefined })
    await ready()
    fakes.last().disconnect('PROXYBLOCK')
    await until(() => madeAt.length === 2 && connection.hasBrowser(), 'the retry')
    fakes.last().becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    expect(connection.state()).toMatchObject({
      status: 'ready',
      problem: null,
      detail: null,
      reconnect: null,
    })
    // Ready for two minutes: recovered. The next drop waits 10 s again.
    await clock.sleep(2 * 60_000)
    fakes.last().disconnect('NAVIGATION')
    expect(await waiting()).toMatchObject({ reconnect: { attempt: 1 } })
  })

  it('keeps backing off when the page dies right after each start', async () => {
    open({ client: () => undefined })
    await ready()
    fakes.last().disconnect('NAVIGATION')
    await until(() => madeAt.length === 2 && connection.hasBrowser(), 'the retry')
    fakes.last().becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    fakes.last().disconnect('NAVIGATION')
    expect(await waiting()).toMatchObject({ detail: 'Trying again in 30 s (attempt 2)…' })
  })

  it('a send that finds the page gone ("detached Frame") starts it again the same way', async () => {
    open({ client: () => undefined })
    const fake = await ready()
    connection.reportBroken(new Error("Attempted to use detached Frame '9FF2A944'."))
    expect(await waiting()).toMatchObject({ problem: { kind: 'browser_crashed' }, reconnect: { attempt: 1 } })
    await until(() => madeAt.length === 2, 'the restart')
    expect(fake.browserRunning).toBe(false)
    expect(seconds(madeAt[1]! - t0)).toBe(10)
  })

  it('a first connect that fails (no internet at start-up) follows the same schedule', async () => {
    open({ client: (fake) => (fake.initializeOutcome = offline()) })
    await connection.connect()
    expect(await waiting()).toMatchObject({
      status: 'disconnected',
      problem: { kind: 'unreachable' },
      detail: 'Trying again in 10 s (attempt 1)…',
    })
    await until(() => madeAt.length >= 3, 'two retries')
    expect(madeAt.map((at) => seconds(at - t0))).toEqual([0, 10, 40])
  })

  it('also when WhatsApp Web is stuck loading, or closed the page for a reason a retry can fix', async () => {
    // The 2nd client: WhatsApp Web says its version is too old; the 3rd never loads; the 4th is ready.
    open({
      startMs: 20,
      client: (fake, n) => n === 1 && setImmediate(() => fake.disconnect('DEPRECATED_VERSION')),
    })
    await ready()
    fakes.last().disconnect('UNLAUNCHED')
    await until(() => madeAt.length === 4 && connection.hasBrowser(), 'three retries')
    expect(madeAt.map((at) => seconds(at - t0))).toEqual([0, 10, 40, 100])
    fakes.last().becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    expect(connection.state().status).toBe('ready')
  })
})

describe('Herald does not retry when a retry cannot help or the user decided', () => {
  it.each([
    ['LOGOUT', 'logged_out'],
    ['UNPAIRED', 'logged_out'],
    ['UNPAIRED_IDLE', 'logged_out'],
    ['CONFLICT', 'other'],
    ['TOS_BLOCK', 'other'],
  ])('disconnected with %s', async (reason, kind) => {
    open()
    await ready()
    fakes.last().disconnect(reason)
    await anHourLater()
    expect(fakes.created).toHaveLength(1)
    expect(connection.state()).toMatchObject({ status: 'disconnected', problem: { kind }, reconnect: null })
  })

  it('a saved login WhatsApp no longer accepts (auth failure)', async () => {
    open({ client: (fake, n) => n === 1 && setImmediate(() => fake.failAuth()) })
    await ready()
    fakes.last().disconnect('NAVIGATION')
    await until(() => connection.state().status === 'auth_failure', 'the auth failure')
    await anHourLater()
    expect(fakes.created).toHaveLength(2)
    expect(connection.state()).toMatchObject({ problem: { kind: 'session_expired' }, reconnect: null })
  })

  it('no browser found, at the first connect or on a retry', async () => {
    let found = true
    open({ browser: () => (found ? chromium : { ok: false, problem: problems.noBrowser() }) })
    await ready()
    found = false
    fakes.last().disconnect('NAVIGATION')
    await until(() => connection.state().problem?.kind === 'no_browser', 'the retry')
    await anHourLater()
    expect(fakes.created).toHaveLength(1)
    expect(connection.state().reconnect).toBeNull()
    await connection.connect()
    await anHourLater()
    expect(connection.state()).toMatchObject({ problem: { kind: 'no_browser' }, reconnect: null })
  })

  it('Cancel pressed while Herald waits to try again', async () => {
    open()
    await ready()
    clock.holding = true
    fakes.last().disconnect('NAVIGATION')
    await heldWait()
    const state = await connection.cancel()
    expect(clock.waiting()).toBe(false)
    expect(state).toMatchObject({ status: 'not_connected', problem: null, reconnect: null, detail: null })
    await anHourLater()
    expect(fakes.created).toHaveLength(1)
  })

  it('Cancel pressed during an automatic try: that browser closes and no other starts', async () => {
    open({ client: (fake, n) => n > 0 && (fake.initializeOutcome = 'hang') })
    await ready()
    fakes.last().disconnect('NAVIGATION')
    await until(() => madeAt.length === 2 && connection.hasBrowser(), 'the retry')
    await connection.cancel()
    await anHourLater()
    expect(fakes.created).toHaveLength(2)
    expect(fakes.last().browserRunning).toBe(false)
  })

  it('Log out pressed while Herald waits to try again', async () => {
    open()
    await ready()
    clock.holding = true
    fakes.last().disconnect('NAVIGATION')
    await heldWait()
    await connection.logout()
    expect(clock.waiting()).toBe(false)
    await anHourLater()
    expect(fakes.created).toHaveLength(1)
    expect(connection.hasSavedSession()).toBe(false)
  })

  it.each(['none', 'profile'] as const)(
    'no saved login (%s): a QR login that fails is left to the user',
    async (saved) => {
      // 'profile': the folder an earlier attempt left that never got past the QR code.
      open({ saved, client: (fake) => (fake.initializeOutcome = offline()) })
      await connection.connect()
      await until(() => connection.state().problem !== null, 'the failure')
      await anHourLater()
      expect(fakes.created).toHaveLength(1)
      expect(connection.state()).toMatchObject({ status: 'not_connected', reconnect: null })
    },
  )

  it('the saved login was deleted meanwhile: the waiting ends without starting a browser', async () => {
    open()
    await ready()
    clock.holding = true
    fakes.last().disconnect('NAVIGATION')
    await heldWait()
    fs.rmSync(sessionDir(), { recursive: true })
    await anHourLater()
    expect(fakes.created).toHaveLength(1)
    expect(connection.state()).toMatchObject({ status: 'disconnected', detail: null, reconnect: null })
  })
})

describe('Connect and quit', () => {
  it('Connect pressed by hand starts the waits from 10 s again', async () => {
    open()
    await ready()
    clock.holding = true
    fakes.last().disconnect('NAVIGATION')
    for (let attempt = 1; attempt < 4; attempt++) {
      await heldWait()
      clock.step()
      await until(() => madeAt.length === attempt + 1, `try ${attempt}`)
    }
    await heldWait()
    expect(connection.state().detail).toBe('Trying again in 2 min (attempt 4)…')
    const pressedAt = clock.now()
    await connection.connect()
    expect(clock.waiting()).toBe(false)
    expect(madeAt.at(-1)).toBe(pressedAt)
    await heldWait()
    expect(connection.state().detail).toBe('Trying again in 10 s (attempt 1)…')
    clock.step()
    await until(() => madeAt.length === 6, 'the next retry')
    expect(seconds(madeAt[5]! - pressedAt)).toBe(10)
  })

  it('quit cancels the waiting: no browser starts after close()', async () => {
    open()
    await ready()
    clock.holding = true
    fakes.last().disconnect('NAVIGATION')
    await heldWait()
    await connection.close()
    expect(clock.waiting()).toBe(false)
    await anHourLater()
    expect(fakes.created).toHaveLength(1)
  })

  it('quit during an automatic try: the client being made never starts its browser', async () => {
    open({ client: (fake, n) => n === 1 && void connection.close() })
    await ready()
    fakes.last().disconnect('NAVIGATION')
    await until(() => madeAt.length === 2, 'the retry')
    await connection.close()
    await anHourLater()
    expect(fakes.created).toHaveLength(2)
    expect(fakes.last().initializeCalls).toBe(0)
    expect(fakes.last().browserRunning).toBe(false)
  })
})

describe('at app start', () => {
  it('connects with the saved login and, when that fails, waits to try again by itself', async () => {
    const clients = fakeClientFactory((fake) => (fake.initializeOutcome = offline()))
    leave('linked')
    const ctx = openAppContext({ dataDir: temp.dir, runtime: 'cli', whatsappClient: clients.factory })
    ctx.settings.update({ 'whatsapp.browserPath': process.execPath })
    connection = ctx.whatsapp
    try {
      startBackgroundWork(ctx)
      const state = await ctx.whatsapp.waitFor((s) => Boolean(s.reconnect), 2000)
      expect(state).toMatchObject({
        status: 'disconnected',
        problem: { kind: 'unreachable' },
        detail: 'Trying again in 10 s (attempt 1)…',
      })
      expect(clients.created).toHaveLength(1)
    } finally {
      await ctx.whatsapp.close()
      ctx.close()
    }
  })
})
