import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, expect } from 'vitest'
import { settingDefaults } from '../../src-shared/domain/settings'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { SimulatedClock } from '../clock'
import type { Clock } from '../clock'
import { EventHub } from '../events'
import { tempDataDir } from '../context.test-support'
import type { BrowserFound } from './browser'
import { WhatsAppConnection } from './connection'
import { fakeClientFactory } from './fake-client'
import type { FakeWaClient } from './fake-client'

export const offline = (): Error => new Error('net::ERR_INTERNET_DISCONNECTED at https://web.whatsapp.com/')
export const chromium: BrowserFound = { ok: true, path: '/usr/bin/chromium', source: 'found' }
export const t0 = Date.UTC(2026, 10, 23, 22, 0)
export const seconds = (ms: number): number => ms / 1000
const hour = 60 * 60_000

type Held = { ms: number; signal: AbortSignal | undefined; resolve: () => void }

/**
 * Simulated time (it jumps ahead whenever nothing else runs) that can hold Herald's waits, so that a test
 * can act while Herald waits to try again: `holding` keeps new waits back, `step()` lets those held run.
 */
export class SteppedClock implements Clock {
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

export type Setup = {
  /** Prepares the n-th client (0 = the first); by default every client after the first is offline. */
  client?: (fake: FakeWaClient, n: number) => void
  browser?: () => BrowserFound
  /** What an earlier run left: a login WhatsApp accepted (default), a browser profile only, or nothing. */
  saved?: 'linked' | 'profile' | 'none'
  startMs?: number
}

/** One test's world: a data folder, simulated time, and a connection over fake clients. */
export class ReconnectWorld {
  temp = tempDataDir('herald-reconnect-')
  clock = new SteppedClock(new SimulatedClock(t0))
  records: string[] = []
  /** When each client was made, in simulated time. */
  madeAt: number[] = []
  fakes = fakeClientFactory()
  connection: WhatsAppConnection | undefined

  open(setup: Setup = {}): WhatsAppConnection {
    this.leave(setup.saved ?? 'linked')
    this.madeAt = []
    const prepare = setup.client ?? ((fake, n) => n > 0 && (fake.initializeOutcome = offline()))
    this.fakes = fakeClientFactory((fake) => {
      this.madeAt.push(this.clock.now())
      prepare(fake, this.madeAt.length - 1)
    })
    this.connection = new WhatsAppConnection({
      dataDir: this.temp.dir,
      events: new EventHub(),
      settings: () => settingDefaults,
      record: (kind) => this.records.push(kind),
      factory: this.fakes.factory,
      findBrowser: setup.browser ?? (() => chromium),
      timeouts: { closeMs: 50, startMs: setup.startMs ?? 60_000 },
      clock: this.clock,
    })
    return this.connection
  }

  get conn(): WhatsAppConnection {
    if (!this.connection) throw new Error('open() the connection first')
    return this.connection
  }

  sessionDir(): string {
    return path.join(this.temp.dir, 'whatsapp', 'session-herald-1')
  }

  /** LocalAuth's folder, as an earlier run leaves it; Herald marks it when WhatsApp was ready with it. */
  leave(saved: 'linked' | 'profile' | 'none'): void {
    if (saved === 'none') return
    fs.mkdirSync(this.sessionDir(), { recursive: true })
    if (saved === 'linked')
      fs.writeFileSync(path.join(this.sessionDir(), '.herald-linked'), '2026-11-20T09:00:00.000Z')
  }

  async ready(): Promise<FakeWaClient> {
    await this.conn.connect()
    const fake = this.fakes.last()
    fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    expect(this.conn.state().status).toBe('ready')
    return fake
  }

  waiting(): Promise<WhatsAppState | null> {
    return this.conn.waitFor((s) => Boolean(s.reconnect), 1000)
  }

  /** Holds Herald's next wait; resolves once Herald waits to try again. */
  async heldWait(): Promise<void> {
    this.clock.holding = true
    await until(() => this.clock.waiting(), 'Herald to wait for its next try')
  }

  /** Connected with the saved login, then dropped with time held: Herald waits to try again. */
  async droppedAndWaiting(): Promise<void> {
    this.open()
    await this.ready()
    this.clock.holding = true
    this.fakes.last().disconnect('NAVIGATION')
    await this.heldWait()
  }

  /** Lets time run again, then an hour of it passes: any retry still pending would have started. */
  async anHourLater(): Promise<void> {
    this.clock.holding = false
    this.clock.step()
    await this.clock.time.sleep(hour)
  }
}

export async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 20_000; i++) {
    if (test()) return
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

/**
 * A fresh world for each test of the file, its connection closed and its folder removed after; the object
 * returned always stands for the current test's world.
 */
export function useReconnectWorld(): ReconnectWorld {
  let current: ReconnectWorld | undefined
  beforeEach(() => {
    current = new ReconnectWorld()
  })
  afterEach(async () => {
    await current?.connection?.close()
    current?.temp.remove()
  })
  return new Proxy({} as ReconnectWorld, {
    get: (_, key) => {
      if (!current) throw new Error('The reconnect world exists only inside a test')
      const value: unknown = Reflect.get(current, key, current)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value
    },
  })
}
