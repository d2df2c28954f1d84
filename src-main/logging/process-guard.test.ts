import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { english } from '../../src-shared/i18n/wording'
import type { Logger } from './logger'
import { guardProcess } from './process-guard'

function logger(): Logger & { errors: unknown[][] } {
  const errors: unknown[][] = []
  const none = (): void => undefined
  return {
    file: '/data/logs/main.log',
    errors,
    error: (...args) => void errors.push(args),
    warn: none,
    info: none,
    debug: none,
  }
}

describe('a stray error in the CLI, the browser run or the desktop app', () => {
  it('a rejection is logged and told in one line, and the process and its campaigns carry on', () => {
    const events = new EventEmitter()
    const log = logger()
    const told: string[] = []
    const pauses: string[] = []
    const stop = guardProcess(
      events,
      () => log,
      (line) => told.push(line),
      { pauseCampaigns: (reason) => (pauses.push(english(reason)), Promise.resolve(1)) },
    )
    const rejection = new Error('auth timeout\n    at Client.inject (Client.js:120:19)')
    events.emit('unhandledRejection', rejection)
    events.emit('unhandledRejection', 'EBUSY: resource busy or locked, rmdir session-herald-1')
    expect(told).toEqual([
      'Herald met an unexpected problem and carries on: auth timeout. Details are in /data/logs/main.log.',
      'Herald met an unexpected problem and carries on: EBUSY: resource busy or locked, rmdir session-herald-1. Details are in /data/logs/main.log.',
    ])
    expect(log.errors[0]).toEqual(['Unhandled promise rejection', rejection])
    expect(pauses).toEqual([])
    stop()
    expect(events.listenerCount('unhandledRejection')).toBe(0)
    expect(events.listenerCount('uncaughtException')).toBe(0)
  })

  it('an uncaught exception pauses the sending campaigns and says so, once they have paused', async () => {
    const events = new EventEmitter()
    const log = logger()
    const told: string[] = []
    const pauses: string[] = []
    guardProcess(
      events,
      () => log,
      (line) => told.push(line),
      { pauseCampaigns: (reason) => (pauses.push(english(reason)), Promise.resolve(1)) },
    )
    events.emit('uncaughtException', new TypeError("Cannot read properties of undefined (reading 'id')"))
    expect(pauses).toEqual([
      "Herald met an unexpected problem (Cannot read properties of undefined (reading 'id')) and paused the campaign. Resume it when you are ready.",
    ])
    await vi.waitFor(() => expect(told).toHaveLength(1))
    expect(told[0]).toBe(
      "Herald met an unexpected problem and paused the campaign after the message in flight: Cannot read properties of undefined (reading 'id'). Resume when ready. Details are in /data/logs/main.log.",
    )
  })

  it('with nothing sending, an uncaught exception is only told', async () => {
    const events = new EventEmitter()
    const told: string[] = []
    guardProcess(
      events,
      () => undefined,
      (line) => told.push(line),
      { pauseCampaigns: () => Promise.resolve(0) },
    )
    events.emit('uncaughtException', new Error('listener blew up'))
    await vi.waitFor(() =>
      expect(told).toEqual(['Herald met an unexpected problem and carries on: listener blew up.']),
    )
  })
})
