import { describe, expect, it } from 'vitest'
import { problemsOf, schemaAt, upgrade } from './schema.test-support'

const at = '2026-03-02T09:00:00.000Z'

describe('migration 0031 inbox-phrases', () => {
  it('keeps an answer’s English reason, with room for its phrase beside it', () => {
    const db = schemaAt(30)
    db.exec(`
      INSERT INTO conversations (id, phone_e164, rehearsal, name, replies, unread, updated_at)
        VALUES (1, '+447700900001', 0, 'Amira', 1, 0, '${at}');
      INSERT INTO conversation_messages (conversation_id, direction, text, at, status, error)
        VALUES (1, 'out', 'Yes, we have it', '${at}', 'failed', 'Old words');
    `)

    upgrade(db, 31)

    expect(problemsOf(db)).toEqual([])
    expect(db.prepare('SELECT error, error_phrase FROM conversation_messages').all()).toEqual([
      { error: 'Old words', error_phrase: null },
    ])
    const said = JSON.stringify({ key: 'system.inbox.answer.closedBeforeTurn' })
    db.prepare('UPDATE conversation_messages SET error_phrase = ?').run(said)
    expect(db.prepare('SELECT error_phrase FROM conversation_messages').pluck().get()).toBe(said)
    expect(() =>
      db.prepare("UPDATE conversation_messages SET error_phrase = 'words, not JSON'").run(),
    ).toThrow(/CHECK/)
  })
})
