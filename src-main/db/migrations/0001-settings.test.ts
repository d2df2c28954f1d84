import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { settings } from './0001-settings'

describe('migration 0001 settings', () => {
  it('creates a key/value table that holds JSON and rejects anything else', () => {
    const db = new Sqlite(':memory:')
    settings.up(db)
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('a', '{"x":1}', 'now')
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').get('a')).toEqual({ value: '{"x":1}' })
    expect(() =>
      db
        .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
        .run('b', 'not json', 'now'),
    ).toThrow(/CHECK constraint/)
    expect(() =>
      db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('a', '1', 'now'),
    ).toThrow(/UNIQUE/)
  })
})
