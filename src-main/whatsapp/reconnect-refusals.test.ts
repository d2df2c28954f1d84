import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { problems } from './errors'
import { offline, chromium, seconds, until, useReconnectWorld } from './reconnect-world.test-support'

const w = useReconnectWorld()

/** Dropped and waiting to try again, then `stop`: nothing waits any more, and an hour later no browser started. */
async function neverRetriesAfter(stop: () => Promise<unknown>): Promise<void> {
  await w.droppedAndWaiting()
  await stop()
  expect(w.clock.waiting()).toBe(false)
  await w.anHourLater()
  expect(w.fakes.created).toHaveLength(1)
}

describe('Herald does not retry when a retry cannot help or the user decided', () => {
  it.each([
    ['LOGOUT', 'logged_out'],
    ['UNPAIRED', 'logged_out'],
    ['UNPAIRED_IDLE', 'logged_out'],
    ['CONFLICT', 'other'],
    ['TOS_BLOCK', 'other'],
  ])('disconnected with %s', async (reason, kind) => {
    w.open()
    await w.ready()
    w.fakes.last().disconnect(reason)
    await w.anHourLater()
    expect(w.fakes.created).toHaveLength(1)
    expect(w.conn.state()).toMatchObject({ status: 'disconnected', problem: { kind }, reconnect: null })
  })

  it('a saved login WhatsApp no longer accepts (auth failure)', async () => {
    w.open({ client: (fake, n) => n === 1 && setImmediate(() => fake.failAuth()) })
    await w.ready()
    w.fakes.last().disconnect('NAVIGATION')
    await until(() => w.conn.state().status === 'auth_failure', 'the auth failure')
    await w.anHourLater()
    expect(w.fakes.created).toHaveLength(2)
    expect(w.conn.state()).toMatchObject({ problem: { kind: 'session_expired' }, reconnect: null })
  })

  it('no browser found, at the first connect or on a retry', async () => {
    let found = true
    w.open({ browser: () => (found ? chromium : { ok: false, problem: problems.noBrowser() }) })
    await w.ready()
    found = false
    w.fakes.last().disconnect('NAVIGATION')
    await until(() => w.conn.state().problem?.kind === 'no_browser', 'the retry')
    await w.anHourLater()
    expect(w.fakes.created).toHaveLength(1)
    expect(w.conn.state().reconnect).toBeNull()
    await w.conn.connect()
    await w.anHourLater()
    expect(w.conn.state()).toMatchObject({ problem: { kind: 'no_browser' }, reconnect: null })
  })

  it('Cancel pressed while Herald waits to try again', async () => {
    await w.droppedAndWaiting()
    const state = await w.conn.cancel()
    expect(w.clock.waiting()).toBe(false)
    expect(state).toMatchObject({ status: 'not_connected', problem: null, reconnect: null, detail: null })
    await w.anHourLater()
    expect(w.fakes.created).toHaveLength(1)
  })

  it('Cancel pressed during an automatic try: that browser closes and no other starts', async () => {
    w.open({ client: (fake, n) => n > 0 && (fake.initializeOutcome = 'hang') })
    await w.ready()
    w.fakes.last().disconnect('NAVIGATION')
    await until(() => w.madeAt.length === 2 && w.conn.hasBrowser(), 'the retry')
    await w.conn.cancel()
    await w.anHourLater()
    expect(w.fakes.created).toHaveLength(2)
    expect(w.fakes.last().browserRunning).toBe(false)
  })

  it('Log out pressed while Herald waits to try again', async () => {
    await neverRetriesAfter(() => w.conn.logout())
    expect(w.conn.hasSavedSession()).toBe(false)
  })

  it.each(['none', 'profile'] as const)(
    'no saved login (%s): a QR login that fails is left to the user',
    async (saved) => {
      // 'profile': the folder an earlier attempt left that never got past the QR code.
      w.open({ saved, client: (fake) => (fake.initializeOutcome = offline()) })
      await w.conn.connect()
      await until(() => w.conn.state().problem !== null, 'the failure')
      await w.anHourLater()
      expect(w.fakes.created).toHaveLength(1)
      expect(w.conn.state()).toMatchObject({ status: 'not_connected', reconnect: null })
    },
  )

  it('the saved login was deleted meanwhile: the waiting ends without starting a browser', async () => {
    await w.droppedAndWaiting()
    fs.rmSync(w.sessionDir(), { recursive: true })
    await w.anHourLater()
    expect(w.fakes.created).toHaveLength(1)
    expect(w.conn.state()).toMatchObject({ status: 'disconnected', detail: null, reconnect: null })
  })
})

describe('Connect and quit', () => {
  it('Connect pressed by hand starts the waits from 10 s again', async () => {
    w.open()
    await w.ready()
    w.clock.holding = true
    w.fakes.last().disconnect('NAVIGATION')
    for (let attempt = 1; attempt < 4; attempt++) {
      await w.heldWait()
      w.clock.step()
      await until(() => w.madeAt.length === attempt + 1, `try ${attempt}`)
    }
    await w.heldWait()
    expect(w.conn.state().detail).toBe('Trying again in 2 min (attempt 4)…')
    const pressedAt = w.clock.now()
    await w.conn.connect()
    expect(w.clock.waiting()).toBe(false)
    expect(w.madeAt.at(-1)).toBe(pressedAt)
    await w.heldWait()
    expect(w.conn.state().detail).toBe('Trying again in 10 s (attempt 1)…')
    w.clock.step()
    await until(() => w.madeAt.length === 6, 'the next retry')
    expect(seconds(w.madeAt[5]! - pressedAt)).toBe(10)
  })

  it('quit cancels the waiting: no browser starts after close()', async () => {
    await neverRetriesAfter(() => w.conn.close())
  })

  it('quit during an automatic try: the client being made never starts its browser', async () => {
    w.open({ client: (fake, n) => n === 1 && void w.conn.close() })
    await w.ready()
    w.fakes.last().disconnect('NAVIGATION')
    await until(() => w.madeAt.length === 2, 'the retry')
    await w.conn.close()
    await w.anHourLater()
    expect(w.fakes.created).toHaveLength(2)
    expect(w.fakes.last().initializeCalls).toBe(0)
    expect(w.fakes.last().browserRunning).toBe(false)
  })
})
