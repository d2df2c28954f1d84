import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { rowCount, schemaAt, strictTablesAndIndexes } from './schema.test-support'

const migrated = (): Database => schemaAt(3)

const insertList = (db: Database, name: string, status = 'saving', fieldKeys = '[]'): number =>
  Number(
    db
      .prepare(
        `INSERT INTO contact_lists (name, source_file, sheet, country, created_at, status, field_keys)
         VALUES (?, 'shops.xlsx', 'Sheet1', 'GB', '2026-01-01T00:00:00Z', ?, ?)`,
      )
      .run(name, status, fieldKeys).lastInsertRowid,
  )

const insertContact = (db: Database, listId: number, row: number, verdict = 'valid', fields = '{}'): void => {
  db.prepare(
    `INSERT INTO contacts (list_id, row_number, name, phone_raw, phone_e164, fields, verdict)
     VALUES (?, ?, 'Ann', '07700 900123', '+447700900123', ?, ?)`,
  ).run(listId, row, fields, verdict)
}

describe('migration 0003 contacts', () => {
  it('creates the three tables, STRICT, with their indexes', () => {
    const db = migrated()
    const { strict, indexes } = strictTablesAndIndexes(db)
    expect(strict).toEqual(expect.arrayContaining(['contact_lists', 'contacts', 'opt_outs']))
    expect(indexes).toEqual(
      expect.arrayContaining([
        'contact_lists_name',
        'contacts_list_verdict_row',
        'contacts_list_phone',
        'opt_outs_created',
      ]),
    )
  })

  it('gives a new list zero counts and refuses an unknown status, bad field keys or a taken name', () => {
    const db = migrated()
    const id = insertList(db, 'Shops')
    expect(db.prepare('SELECT total, valid, repaired FROM contact_lists WHERE id = ?').get(id)).toEqual({
      total: 0,
      valid: 0,
      repaired: 0,
    })
    expect(() => insertList(db, 'Other', 'done')).toThrow(/CHECK constraint/)
    expect(() => insertList(db, 'Other', 'ready', '{"a":1}')).toThrow(/CHECK constraint/)
    expect(() => insertList(db, 'SHOPS')).toThrow(/UNIQUE/)
  })

  it('keeps one contact per row of a list, with a known verdict and JSON fields', () => {
    const db = migrated()
    const a = insertList(db, 'A')
    const b = insertList(db, 'B')
    insertContact(db, a, 2)
    insertContact(db, b, 2)
    expect(() => insertContact(db, a, 2)).toThrow(/UNIQUE/)
    expect(() => insertContact(db, a, 3, 'maybe')).toThrow(/CHECK constraint/)
    expect(() => insertContact(db, a, 4, 'valid', '[1]')).toThrow(/CHECK constraint/)
    expect(() => insertContact(db, 999, 2)).toThrow(/FOREIGN KEY/)
    expect(() =>
      db
        .prepare(
          "INSERT INTO contacts (list_id, row_number, phone_raw, fields, verdict) VALUES (?, 2.5, 'x', '{}', 'valid')",
        )
        .run(a),
    ).toThrow(/cannot store REAL value in INTEGER column/)
  })

  it('deletes a list’s contacts with the list', () => {
    const db = migrated()
    const a = insertList(db, 'A')
    const b = insertList(db, 'B')
    for (let row = 2; row < 12; row += 1) insertContact(db, a, row)
    insertContact(db, b, 2)
    db.prepare('DELETE FROM contact_lists WHERE id = ?').run(a)
    expect(rowCount(db, 'contacts')).toBe(1)
  })

  it('pages a list, with or without a verdict, along an index instead of sorting it', () => {
    const db = migrated()
    for (const where of ['list_id = 1', "list_id = 1 AND verdict = 'invalid'"]) {
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT * FROM contacts WHERE ${where} ORDER BY row_number LIMIT 100 OFFSET 5000`,
        )
        .all() as { detail: string }[]
      expect(plan.map((step) => step.detail).join('\n')).toMatch(
        /^SEARCH contacts USING INDEX \S+ \(list_id=\?/,
      )
      expect(plan.map((step) => step.detail).join('\n')).not.toMatch(/TEMP B-TREE/)
    }
  })

  it('keeps one opt-out per number', () => {
    const db = migrated()
    const insert = db.prepare(
      "INSERT INTO opt_outs (phone_e164, source, reason, created_at) VALUES (?, 'manual', NULL, 'now')",
    )
    insert.run('+447700900123')
    expect(() => insert.run('+447700900123')).toThrow(/UNIQUE/)
    expect(rowCount(db, 'opt_outs')).toBe(1)
  })
})
