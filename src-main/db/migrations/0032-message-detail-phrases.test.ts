import { describe, expect, it } from 'vitest'
import { problemsOf, schemaAt, seedEveryTable, upgrade } from './schema.test-support'

describe('migration 0032 message-detail-phrases', () => {
  it('keeps a message’s English detail, with room for its phrase beside it', () => {
    const db = schemaAt(31)
    seedEveryTable(db)
    db.prepare(
      "UPDATE messages SET status = 'skipped', error_category = 'opted_out', error_detail = 'Old words'",
    ).run()

    upgrade(db, 32)

    expect(problemsOf(db)).toEqual([])
    expect(db.prepare('SELECT error_detail, error_detail_phrase FROM messages').all()).toEqual([
      { error_detail: 'Old words', error_detail_phrase: null },
    ])
    const said = JSON.stringify({ key: 'sending.detail.optedOut' })
    db.prepare('UPDATE messages SET error_detail_phrase = ?').run(said)
    expect(db.prepare('SELECT error_detail_phrase FROM messages').pluck().get()).toBe(said)
    expect(() => db.prepare("UPDATE messages SET error_detail_phrase = 'words, not JSON'").run()).toThrow(
      /CHECK/,
    )
  })
})
