import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { errorCategories } from '../../../src-shared/domain/campaigns'
import { seedHistory } from '../history-fixtures.test-support'
import { latestSchemaVersion } from './index'
import { rebuildTable } from './rebuild'
import { addQueuedTrail, dependantsOf, problemsOf, schemaAt, tableRows, upgrade } from './schema.test-support'

/** A database as Herald 8 left it: two campaigns with messages, their audit trail and the rollups. */
function releasedAt8(): Database {
  const db = schemaAt(8)
  seedHistory(db, [
    {
      name: 'Spring sale',
      createdAt: '2026-03-02T09:00:00.000Z',
      dryRun: false,
      messages: [
        {
          phone: '+447700900001',
          name: 'Amira',
          status: 'read',
          sentAt: '2026-03-02T09:01:00.000Z',
          deliveredAt: '2026-03-02T09:02:00.000Z',
          readAt: '2026-03-02T10:00:00.000Z',
        },
        {
          phone: '+447700900002',
          name: 'Ben',
          status: 'failed',
          category: 'uncertain',
          failedAt: '2026-03-02T09:03:00.000Z',
        },
        { phone: '+447700900003', name: null, status: 'skipped', category: 'not_on_whatsapp' },
      ],
    },
    {
      name: 'Autumn',
      createdAt: '2026-09-01T09:00:00.000Z',
      messages: [
        {
          phone: '+447700900001',
          name: 'Amira',
          status: 'delivered',
          sentAt: '2026-09-01T09:01:00.000Z',
          deliveredAt: '2026-09-01T09:05:00.000Z',
        },
      ],
    },
  ])
  addQueuedTrail(db)
  return db
}

const fail = (db: Database, category: string): void => {
  db.prepare("UPDATE messages SET status = 'failed', error_category = ? WHERE id = 1").run(category)
}

describe('migration 0009 new-chat-refused', () => {
  it('keeps every message, its audit trail, the dashboard figures, indexes and triggers', () => {
    const db = releasedAt8()
    const before = tableRows(db)
    const beforeDependants = dependantsOf(db, 'messages')
    expect(() => fail(db, 'new_chat_refused')).toThrow(/CHECK constraint/)

    expect(upgrade(db, 9).applied).toEqual(['9-new-chat-refused'])

    expect(tableRows(db)).toEqual(before)
    expect(dependantsOf(db, 'messages')).toEqual(beforeDependants)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(problemsOf(db)).toEqual([])
    fail(db, 'new_chat_refused')
    expect(() => fail(db, 'no_such_category')).toThrow(/CHECK constraint/)
  })

  it('leaves references working: deleting a campaign still takes its messages, events and figures along', () => {
    const db = releasedAt8()
    upgrade(db)
    db.prepare("DELETE FROM campaigns WHERE name = 'Spring sale'").run()
    const left = tableRows(db)
    expect(left.messages).toHaveLength(1)
    expect(left.message_events).toHaveLength(1)
    expect(db.prepare('SELECT count(*) FROM insight_status WHERE campaign_id = 1').pluck().get()).toBe(0)
    // The rollup triggers are back: a change to the remaining message moves the figures
    db.prepare("UPDATE messages SET status = 'failed', error_category = 'new_chat_refused'").run()
    expect(db.prepare('SELECT status, category, n FROM insight_status WHERE campaign_id = 2').all()).toEqual([
      { status: 'failed', category: 'new_chat_refused', n: 1 },
    ])
  })

  it('accepts every error category Herald knows today (a new one needs its own migration)', () => {
    const db = schemaAt(latestSchemaVersion)
    seedHistory(db, [
      {
        name: 'All the ways to fail',
        createdAt: '2026-03-02T09:00:00.000Z',
        messages: errorCategories.map((category, i) => ({
          phone: `+4477009001${String(i).padStart(2, '0')}`,
          name: null,
          status: 'failed' as const,
          category,
        })),
      },
    ])
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(errorCategories.length)
  })

  it('will not rebuild a table while foreign keys are on, which would delete the rows pointing at it', () => {
    const db = releasedAt8()
    expect(() => rebuildTable(db, 'messages', (sql) => sql.replace('STRICT', 'STRICT '))).toThrow(
      /foreign keys off/,
    )
    expect(tableRows(db).message_events).toHaveLength(4)
  })
})
