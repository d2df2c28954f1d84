import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0021 saved reports', () => {
  it('keeps one report per name whatever its case, with a JSON object as its definition', () => {
    const db = schemaAt(20)
    upgrade(db)
    const add = db.prepare(
      `INSERT INTO saved_reports (name, definition, created_at, updated_at)
       VALUES (?, ?, '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z')`,
    )
    add.run('Daily by variant', '{"rows":"messages"}')
    expect(() => add.run('daily BY variant', '{"rows":"messages"}')).toThrow(/UNIQUE/)
    expect(() => add.run('Broken', '{"rows":')).toThrow(/CHECK/)
    expect(() => add.run('A list', '[1, 2]')).toThrow(/CHECK/)
    expect(db.prepare('SELECT count(*) FROM saved_reports').pluck().get()).toBe(1)
  })
})
