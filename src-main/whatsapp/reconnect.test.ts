import { describe, expect, it } from 'vitest'
import { openTestContext } from '../context.test-support'
import { startBackgroundWork } from '../context'
import { fakeClientFactory } from './fake-client'
import { offline, t0, seconds, until, useReconnectWorld } from './reconnect-world.test-support'

const w = useReconnectWorld()

describe('after a drop, Herald connects again by itself with the saved login', () => {
  it('waits 10 s, 30 s, 1 min, 2 min, then every 5 min, and says so while it waits', async () => {
    w.open()
    const fake = await w.ready()
    fake.disconnect('NAVIGATION')
    const first = await w.waiting()
    expect(first).toMatchObject({
      status: 'disconnected',
      problem: { kind: 'browser_crashed' },
      detail: 'Trying again in 10 s (attempt 1)…',
      reconnect: { attempt: 1, at: new Date(t0 + 10_000).toISOString() },
    })
    await until(() => w.madeAt.length >= 2 && w.conn.state().reconnect?.attempt === 2, 'the 2nd wait')
    // The first retry met no internet: that is what the screen says now, and when the next try is.
    expect(w.conn.state()).toMatchObject({
      status: 'disconnected',
      problem: { kind: 'unreachable' },
      detail: 'Trying again in 30 s (attempt 2)…',
    })
    await until(() => w.madeAt.length >= 8, 'eight clients')
    // Each failed try happens when its client is made (simulated time stands still meanwhile).
    const waits = w.madeAt.slice(1).map((at, i) => seconds(at - (w.madeAt[i] ?? 0)))
    expect(waits).toEqual([10, 30, 60, 120, 300, 300, 300])
    expect(w.conn.state().detail).toMatch(/^Trying again in 5 min \(attempt \d+\)…$/)
    expect(w.fakes.created.every((client) => !client.browserRunning)).toBe(true)
    expect(w.fakes.created.slice(1).every((client) => client.options?.clientId === 'herald-1')).toBe(true)
    expect(w.records).toContain('whatsapp_reconnecting')
  })

  it('becomes ready again on its own, and the next drop starts from 10 s once it has held', async () => {
    // Linked by QR code in this run: being ready marks the login as saved.
    w.open({ saved: 'profile', client: () => undefined })
    await w.ready()
    w.fakes.last().disconnect('PROXYBLOCK')
    await until(() => w.madeAt.length === 2 && w.conn.hasBrowser(), 'the retry')
    w.fakes.last().becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    expect(w.conn.state()).toMatchObject({
      status: 'ready',
      problem: null,
      detail: null,
      reconnect: null,
    })
    // Ready for two minutes: recovered. The next drop waits 10 s again.
    await w.clock.sleep(2 * 60_000)
    w.fakes.last().disconnect('NAVIGATION')
    expect(await w.waiting()).toMatchObject({ reconnect: { attempt: 1 } })
  })

  it('keeps backing off when the page dies right after each start', async () => {
    w.open({ client: () => undefined })
    await w.ready()
    w.fakes.last().disconnect('NAVIGATION')
    await until(() => w.madeAt.length === 2 && w.conn.hasBrowser(), 'the retry')
    w.fakes.last().becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    w.fakes.last().disconnect('NAVIGATION')
    expect(await w.waiting()).toMatchObject({ detail: 'Trying again in 30 s (attempt 2)…' })
  })

  it('a send that finds the page gone ("detached Frame") starts it again the same way', async () => {
    w.open({ client: () => undefined })
    const fake = await w.ready()
    w.conn.reportBroken(new Error("Attempted to use detached Frame '9FF2A944'."))
    expect(await w.waiting()).toMatchObject({
      problem: { kind: 'browser_crashed' },
      reconnect: { attempt: 1 },
    })
    await until(() => w.madeAt.length === 2, 'the restart')
    expect(fake.browserRunning).toBe(false)
    expect(seconds(w.madeAt[1]! - t0)).toBe(10)
  })

  it('a first connect that fails (no internet at start-up) follows the same schedule', async () => {
    w.open({ client: (fake) => (fake.initializeOutcome = offline()) })
    await w.conn.connect()
    expect(await w.waiting()).toMatchObject({
      status: 'disconnected',
      problem: { kind: 'unreachable' },
      detail: 'Trying again in 10 s (attempt 1)…',
    })
    await until(() => w.madeAt.length >= 3, 'two retries')
    expect(w.madeAt.map((at) => seconds(at - t0))).toEqual([0, 10, 40])
  })

  it('also when WhatsApp Web is stuck loading, or closed the page for a reason a retry can fix', async () => {
    // The 2nd client: WhatsApp Web says its version is too old; the 3rd never loads; the 4th is ready.
    w.open({
      startMs: 20,
      client: (fake, n) => n === 1 && setImmediate(() => fake.disconnect('DEPRECATED_VERSION')),
    })
    await w.ready()
    w.fakes.last().disconnect('UNLAUNCHED')
    await until(() => w.madeAt.length === 4 && w.conn.hasBrowser(), 'three retries')
    expect(w.madeAt.map((at) => seconds(at - t0))).toEqual([0, 10, 40, 100])
    w.fakes.last().becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
    expect(w.conn.state().status).toBe('ready')
  })
})

describe('at app start', () => {
  it('connects with the saved login and, when that fails, waits to try again by itself', async () => {
    const clients = fakeClientFactory((fake) => (fake.initializeOutcome = offline()))
    w.leave('linked')
    const ctx = openTestContext({ dataDir: w.temp.dir, runtime: 'cli', whatsappClient: clients.factory })
    ctx.settings.update({ 'whatsapp.browserPath': process.execPath })
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
      await ctx.shutdown()
    }
  })
})
