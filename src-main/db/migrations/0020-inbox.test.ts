import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0020 inbox', () => {
  it('keeps one conversation per number for real replies and one for a dry run’s, each reply in order', () => {
    const db = schemaAt(19)
    upgrade(db)
    const add = db.prepare(
      `INSERT INTO conversations (phone_e164, rehearsal, updated_at) VALUES (?, ?, '2026-03-02T09:00:00.000Z')`,
    )
    add.run('+447700900001', 0)
    add.run('+447700900001', 1)
    expect(() => add.run('+447700900001', 0)).toThrow(/UNIQUE/)
    expect(() => db.prepare("UPDATE conversations SET status = 'spam'").run()).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(
          `INSERT INTO conversation_messages (conversation_id, direction, text, at) VALUES (1, 'sideways', 'x', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/)
    // A conversation's messages go with it
    db.prepare(
      `INSERT INTO conversation_messages (conversation_id, direction, text, at) VALUES (1, 'in', 'Yes please', 'now')`,
    ).run()
    db.prepare('DELETE FROM conversations WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM conversation_messages').pluck().get()).toBe(0)
  })
})
