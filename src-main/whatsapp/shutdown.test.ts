import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeWaClient } from './fake-client'
import { guardSignals, shutDownClient } from './shutdown'

describe('guardSignals', () => {
  // The test runner may listen to some signals itself; take them away for the duration of a test.
  const saved = process.listeners('SIGHUP')
  afterEach(() => {
    vi.restoreAllMocks()
    for (const listener of saved)
      if (!process.listeners('SIGHUP').includes(listener)) process.on('SIGHUP', listener)
  })

  function alone(): void {
    process.removeAllListeners('SIGHUP')
  }

  it('kills the browser and exits as the signal would when nobody else handles it', () => {
    alone()
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never)
    const kill = vi.fn()
    const release = guardSignals(kill)
    process.emit('SIGHUP', 'SIGHUP')
    release()
    expect(kill).toHaveBeenCalledOnce()
    expect(exit).toHaveBeenCalledWith(129)
  })

  it('stays out of the way when Herald handles the signal itself, and lets go when released', () => {
    alone()
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never)
    const kill = vi.fn()
    const graceful = vi.fn()
    process.once('SIGHUP', graceful)
    const release = guardSignals(kill)
    process.emit('SIGHUP', 'SIGHUP')
    release()
    expect(graceful).toHaveBeenCalledOnce()
    expect(kill).not.toHaveBeenCalled()
    expect(exit).not.toHaveBeenCalled()
    expect(process.listenerCount('SIGHUP')).toBe(0)
  })
})

describe('shutDownClient', () => {
  it('closes the browser through destroy()', async () => {
    const client = new FakeWaClient()
    await client.initialize()
    await shutDownClient(client, 50)
    expect(client.browserRunning).toBe(false)
    expect(client.pupBrowser?.killedWith).toBeNull()
  })

  it('kills the browser when destroy() hangs, and says so', async () => {
    const client = new FakeWaClient()
    client.destroyHangs = true
    await client.initialize()
    const problems: string[] = []
    await shutDownClient(client, 20, (what) => problems.push(what))
    expect(client.pupBrowser?.killedWith).toBe('SIGKILL')
    expect(problems).toEqual(['Closing the browser took over 20 ms', 'Killed the browser process'])
  })
})
