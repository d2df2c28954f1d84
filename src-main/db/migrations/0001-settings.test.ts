import { describe, expect, it } from 'vitest'
import { schemaAt } from './schema.test-support'

describe('migration 0001 settings', () => {
  it('creates a key/value table that holds JSON and rejects anything else', () => {
    const db = schemaAt(1)
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
