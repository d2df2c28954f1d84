import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { seedHistory } from '../history-fixtures.test-support'
import { migrate } from '../migrate'
import { migrations } from '../migrations/index'
import { lastSentSql, RecentSendsRepo } from './recent-sends-repo'

const phone = (i: number): string => `+4479111000${String(i).padStart(2, '0')}`

function database(): Database {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, ':memory:')
  return db
}

type Verdict = 'valid' | 'duplicate' | 'invalid'

function list(db: Database, id: number, contacts: readonly (readonly [number, Verdict])[]): void {
  db.prepare(
    `INSERT INTO contact_lists (id, name, source_file, sheet, country, created_at, status, field_keys)
     VALUES (?, ?, 'shops.csv', 'Sheet1', 'GB', '2026-03-01', 'ready', '[]')`,
  ).run(id, `List ${id}`)
  const insert = db.prepare(
    `INSERT INTO contacts (list_id, row_number, phone_raw, phone_e164, fields, verdict)
     VALUES (?, ?, 'raw', ?, '{}', ?)`,
  )
  contacts.forEach(([i, verdict], row) => insert.run(id, row + 2, phone(i), verdict))
}

const plan = (db: Database): string =>
  (
    db.prepare(`EXPLAIN QUERY PLAN ${lastSentSql}`).all({ listId: 1, since: 'x', dryRun: 0 }) as {
      detail: string
    }[]
  )
    .map((step) => step.detail)
    .join('\n')

describe('RecentSendsRepo', () => {
  it("gives the list's valid numbers sent to since the date, each with its latest send, live or dry apart", () => {
    const db = database()
    list(db, 1, [
      [1, 'valid'],
      [2, 'valid'],
      [3, 'duplicate'],
      [4, 'valid'],
    ])
    list(db, 2, [[5, 'valid']])
    const sent = (i: number, at: string): Parameters<typeof seedHistory>[1][number]['messages'][number] => ({
      phone: phone(i),
      name: null,
      status: 'delivered',
      sentAt: at,
    })
    seedHistory(db, [
      {
        name: 'Live',
        dryRun: false,
        createdAt: '2026-02-20T09:00:00.000Z',
        messages: [
          sent(1, '2026-02-25T09:00:00.000Z'),
          sent(2, '2026-02-20T09:00:00.000Z'),
          sent(3, '2026-02-26T09:00:00.000Z'),
        ],
      },
      {
        name: 'Live again',
        dryRun: false,
        createdAt: '2026-02-27T09:00:00.000Z',
        messages: [sent(1, '2026-02-27T09:00:00.000Z'), sent(5, '2026-02-27T09:00:00.000Z')],
      },
      {
        name: 'Rehearsal',
        dryRun: true,
        createdAt: '2026-02-28T09:00:00.000Z',
        messages: [sent(4, '2026-02-28T09:00:00.000Z')],
      },
    ])
    const repo = new RecentSendsRepo(db)
    expect(repo.lastSentTo(1, '2026-02-23T00:00:00.000Z', false)).toEqual(
      new Map([[phone(1), '2026-02-27T09:00:00.000Z']]),
    )
    expect(repo.lastSentTo(1, '2026-02-23T00:00:00.000Z', true)).toEqual(
      new Map([[phone(4), '2026-02-28T09:00:00.000Z']]),
    )
    expect(repo.lastSentTo(1, '2026-02-01T00:00:00.000Z', false).size).toBe(2)
    expect(repo.lastSentTo(1, '2026-03-01T00:00:00.000Z', false).size).toBe(0)
  })

  it('starts from the recent sends on indexes, never from every contact or message, with or without statistics', () => {
    const db = database()
    list(
      db,
      1,
      Array.from({ length: 90 }, (_, i) => [i, 'valid'] as const),
    )
    seedHistory(
      db,
      [false, true, false].map((dryRun, c) => ({
        name: `Campaign ${c}`,
        dryRun,
        createdAt: `2026-02-0${c + 1}T09:00:00.000Z`,
        messages: Array.from({ length: 90 }, (_, i) => ({
          phone: phone(i),
          name: null,
          status: 'sent' as const,
          sentAt: `2026-02-0${c + 1}T10:00:00.000Z`,
        })),
      })),
    )
    for (const analysed of [false, true]) {
      if (analysed) db.exec('ANALYZE')
      const steps = plan(db)
      expect(steps).toMatch(/SEARCH m USING INDEX messages_campaign_sent \(campaign_id=\? AND sent_at>\?\)/)
      expect(steps).toMatch(/SEARCH k .*USING INDEX contacts_list_phone \(list_id=\? AND phone_e164=\?\)/)
      expect(steps).not.toMatch(/SCAN (m|k)\b/)
      expect(steps).not.toMatch(/messages_phone_status/)
    }
  })

  it('counts the contacts a campaign left out for a recent message', () => {
    const db = database()
    const [id] = seedHistory(db, [
      {
        name: 'Capped',
        createdAt: '2026-03-01T09:00:00.000Z',
        messages: [
          { phone: phone(1), name: null, status: 'skipped', category: 'recently_contacted' },
          { phone: phone(2), name: null, status: 'skipped', category: 'opted_out' },
          { phone: phone(3), name: null, status: 'queued' },
        ],
      },
    ])
    expect(new RecentSendsRepo(db).leftOut(id ?? 0)).toBe(1)
  })
})
