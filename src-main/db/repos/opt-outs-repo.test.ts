import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '../migrations'
import { OptOutsRepo } from './opt-outs-repo'
import { migrate } from '../migrate'

function repo(): OptOutsRepo {
  const db = new Sqlite(':memory:')
  migrate(db, migrations, ':memory:')
  return new OptOutsRepo(db)
}

const entry = { phone: '+447700900123', source: 'reply', reason: null, createdAt: '2026-03-01T12:00:00.000Z' }

describe('OptOutsRepo', () => {
  it('adds a number once and keeps what was stored first', () => {
    const optOuts = repo()
    expect(optOuts.add(entry)).toEqual({ optOut: entry, added: true })
    expect(optOuts.add({ ...entry, source: 'manual', createdAt: '2027-01-01T00:00:00.000Z' })).toEqual({
      optOut: entry,
      added: false,
    })
    expect(optOuts.phones()).toEqual(new Set(['+447700900123']))
  })

  it('orders by date, then by when it was added, and removes', () => {
    const optOuts = repo()
    optOuts.add({ ...entry, phone: '+1', createdAt: '2026-01-02T00:00:00.000Z' })
    optOuts.add({ ...entry, phone: '+2', createdAt: '2026-01-01T00:00:00.000Z' })
    optOuts.add({ ...entry, phone: '+3', createdAt: '2026-01-02T00:00:00.000Z' })
    expect(optOuts.list({ offset: 0, limit: 10 }).rows.map((o) => o.phone)).toEqual(['+3', '+1', '+2'])
    expect(optOuts.remove('+1')).toBe(true)
    expect(optOuts.remove('+1')).toBe(false)
    expect(optOuts.list({ search: 'REPLY', offset: 0, limit: 10 }).total).toBe(2)
  })
})
