import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0022 dashboard layouts', () => {
  it('keeps one layout per name whatever its case, one in use at most, its widgets a JSON list', () => {
    const db = schemaAt(21)
    upgrade(db)
    const add = db.prepare('INSERT INTO dashboard_layouts (name, widgets, in_use) VALUES (?, ?, ?)')
    add.run('Owner', '[{"id":"stats","visible":true,"width":"full"}]', 1)
    add.run('Team', '[]', 0)
    expect(() => add.run('team', '[]', 0)).toThrow(/UNIQUE/)
    expect(() => add.run('Evenings', '[]', 1)).toThrow(/UNIQUE/)
    expect(() => add.run('Broken', '[{"id":', 0)).toThrow(/CHECK/)
    expect(() => add.run('An object', '{"id":"stats"}', 0)).toThrow(/CHECK/)
    expect(db.prepare('SELECT name FROM dashboard_layouts ORDER BY id').pluck().all()).toEqual([
      'Owner',
      'Team',
    ])
  })

  it('finds the replies of a period through their own index', () => {
    const db = schemaAt(22)
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT count(*) FROM conversation_messages
          WHERE direction = 'in' AND at >= '2026-03-01' AND at < '2026-04-01'`,
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toContain('conversation_messages_replies_at')
  })
})
