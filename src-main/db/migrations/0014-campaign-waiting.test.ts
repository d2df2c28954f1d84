import { describe, expect, it } from 'vitest'
import { seedHistory } from '../history-fixtures.test-support'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0014 campaign-waiting', () => {
  it('gives every campaign an empty wait, which the engine can then record', () => {
    const db = schemaAt(13)
    const [id] = seedHistory(db, [
      { name: 'Running', status: 'running', createdAt: '2026-03-02T09:00:00.000Z', messages: [] },
    ])

    upgrade(db)

    const waiting = db.prepare('SELECT waiting FROM campaigns WHERE id = ?').pluck()
    expect(waiting.get(id)).toBeNull()
    db.prepare('UPDATE campaigns SET waiting = ? WHERE id = ?').run('{"reason":"window"}', id)
    expect(waiting.get(id)).toBe('{"reason":"window"}')
  })
})
