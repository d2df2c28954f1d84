import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { seedHistory } from '../history-fixtures.test-support'
import { addQueuedTrail, dependantsOf, problemsOf, schemaAt, tableRows, upgrade } from './schema.test-support'

/** A database as Herald 11 left it: a campaign with a sent, a failed and a skipped message, and its trail. */
function releasedAt11(): Database {
  const db = schemaAt(11)
  seedHistory(db, [
    {
      name: 'Spring sale',
      createdAt: '2026-03-02T09:00:00.000Z',
      dryRun: false,
      messages: [
        { phone: '+447700900001', name: 'Amira', status: 'read', sentAt: '2026-03-02T09:01:00.000Z' },
        { phone: '+447700900002', name: 'Ben', status: 'failed', category: 'new_chat_refused' },
        { phone: '+447700900003', name: null, status: 'skipped', category: 'opted_out' },
      ],
    },
  ])
  addQueuedTrail(db)
  return db
}

const trail = ['messages', 'message_events']
const leaveOut = (db: Database, category: string): void => {
  db.prepare("UPDATE messages SET status = 'skipped', error_category = ? WHERE id = 3").run(category)
}

describe('migration 0012 recently-contacted', () => {
  it('keeps every message, its trail, indexes and triggers, and accepts recently_contacted', () => {
    const db = releasedAt11()
    const rows = tableRows(db, trail)
    const before = dependantsOf(db, 'messages')
    expect(() => leaveOut(db, 'recently_contacted')).toThrow(/CHECK constraint/)

    expect(upgrade(db, 12).applied).toEqual(['12-recently-contacted'])

    expect(tableRows(db, trail)).toEqual(rows)
    expect(dependantsOf(db, 'messages')).toEqual(before)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(problemsOf(db)).toEqual([])
    leaveOut(db, 'recently_contacted')
    expect(db.prepare('SELECT error_category FROM messages WHERE id = 3').pluck().get()).toBe(
      'recently_contacted',
    )
    expect(() => leaveOut(db, 'no_such_category')).toThrow(/CHECK constraint/)
  })

  it('leaves the rollups following the messages after the rebuild', () => {
    const db = releasedAt11()
    upgrade(db)
    leaveOut(db, 'recently_contacted')
    expect(
      db
        .prepare("SELECT n FROM insight_status WHERE status = 'skipped' AND category = 'recently_contacted'")
        .pluck()
        .get(),
    ).toBe(1)
    db.prepare("DELETE FROM campaigns WHERE name = 'Spring sale'").run()
    expect(tableRows(db, trail)).toEqual({ messages: [], message_events: [] })
  })
})
