import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { seedHistory } from '../history-fixtures'
import { migrate } from '../migrate'
import { migrations } from './index'

const before12 = migrations.filter((m) => m.version < 12)

/** A database as Herald 11 left it: a campaign with a sent, a failed and a skipped message, and its trail. */
function releasedAt11(): Database {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, before12, ':memory:')
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
  db.exec(`INSERT INTO message_events (message_id, campaign_id, at, from_status, to_status)
    SELECT id, campaign_id, queued_at, NULL, 'queued' FROM messages`)
  return db
}

const rows = (db: Database, table: string): unknown[] =>
  db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()
const dependants = (db: Database): unknown[] =>
  db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'messages' AND type != 'table' ORDER BY name",
    )
    .all()
const leaveOut = (db: Database, category: string): void => {
  db.prepare("UPDATE messages SET status = 'skipped', error_category = ? WHERE id = 3").run(category)
}

describe('migration 0012 recently-contacted', () => {
  it('keeps every message, its trail, indexes and triggers, and accepts recently_contacted', () => {
    const db = releasedAt11()
    const messages = rows(db, 'messages')
    const events = rows(db, 'message_events')
    const before = dependants(db)
    expect(() => leaveOut(db, 'recently_contacted')).toThrow(/CHECK constraint/)

    expect(migrate(db, migrations, ':memory:').applied).toContain('12-recently-contacted')

    expect(rows(db, 'messages')).toEqual(messages)
    expect(rows(db, 'message_events')).toEqual(events)
    expect(dependants(db)).toEqual(before)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])
    leaveOut(db, 'recently_contacted')
    expect(db.prepare('SELECT error_category FROM messages WHERE id = 3').pluck().get()).toBe(
      'recently_contacted',
    )
    expect(() => leaveOut(db, 'no_such_category')).toThrow(/CHECK constraint/)
  })

  it('leaves the rollups following the messages after the rebuild', () => {
    const db = releasedAt11()
    migrate(db, migrations, ':memory:')
    leaveOut(db, 'recently_contacted')
    expect(
      db
        .prepare("SELECT n FROM insight_status WHERE status = 'skipped' AND category = 'recently_contacted'")
        .pluck()
        .get(),
    ).toBe(1)
    db.prepare("DELETE FROM campaigns WHERE name = 'Spring sale'").run()
    expect(rows(db, 'messages')).toEqual([])
    expect(rows(db, 'message_events')).toEqual([])
  })
})
