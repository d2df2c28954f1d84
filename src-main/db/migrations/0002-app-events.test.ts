import { describe, expect, it } from 'vitest'
import { schemaAt } from './schema.test-support'

describe('migration 0002 app_events', () => {
  it('creates the app event log with a level check, JSON data and an index on time', () => {
    const db = schemaAt(2)
    const insert = db.prepare(
      'INSERT INTO app_events (at, level, kind, message, data) VALUES (?, ?, ?, ?, ?)',
    )
    insert.run('2026-01-01T00:00:00Z', 'info', 'app_started', 'Started', '{"version":"1"}')
    insert.run('2026-01-01T00:00:01Z', 'error', 'renderer_error', 'Oops', null)
    expect(() => insert.run('2026-01-01T00:00:02Z', 'loud', 'x', 'y', null)).toThrow(/CHECK constraint/)
    expect(() => insert.run('2026-01-01T00:00:02Z', 'info', 'x', 'y', '{broken')).toThrow(/CHECK constraint/)
    expect(db.prepare('SELECT count(*) AS n FROM app_events').get()).toEqual({ n: 2 })
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'app_events'")
      .all()
    expect(indexes).toContainEqual({ name: 'app_events_at' })
  })
})
