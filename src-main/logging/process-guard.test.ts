import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
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

describe('a stray error in the CLI or the browser run', () => {
  it('is logged and told in one line, and the process carries on', () => {
    const events = new EventEmitter()
    const log = logger()
    const told: string[] = []
    const stop = guardProcess(
      events,
      () => log,
      (line) => told.push(line),
    )
    const rejection = new Error('auth timeout\n    at Client.inject (Client.js:120:19)')
    events.emit('unhandledRejection', rejection)
    events.emit('uncaughtException', new Error('EBUSY: resource busy or locked, rmdir session-herald-1'))
    expect(told).toEqual([
      'Herald met an unexpected problem and carries on: auth timeout. Details are in /data/logs/main.log.',
      'Herald met an unexpected problem and carries on: EBUSY: resource busy or locked, rmdir session-herald-1. Details are in /data/logs/main.log.',
    ])
    expect(log.errors[0]).toEqual(['Unhandled promise rejection', rejection])
    stop()
    expect(events.listenerCount('unhandledRejection')).toBe(0)
    expect(events.listenerCount('uncaughtException')).toBe(0)
  })
})
