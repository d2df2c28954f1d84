import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0016 headers-and-repaired', () => {
  it('marks the contacts already saved whose number Herald repaired, and gives old lists no headers', () => {
    const db = schemaAt(15)
    const list = db
      .prepare(
        `INSERT INTO contact_lists (name, source_file, sheet, country, created_at, status, field_keys, repaired)
         VALUES ('Shops', 'shops.csv', 'shops', 'GB', '2026-03-01T12:00:00.000Z', 'ready', '["city"]', 2)`,
      )
      .run().lastInsertRowid
    const contact = db.prepare(
      `INSERT INTO contacts (list_id, row_number, phone_raw, phone_e164, fields, verdict)
       VALUES (?, ?, ?, ?, '{}', ?)`,
    )
    contact.run(list, 2, '+44 7911 200201', '+447911200201', 'valid')
    contact.run(list, 3, '07911 200202', '+447911200202', 'valid')
    contact.run(list, 4, 'wa.me/447911200203', '+447911200203', 'duplicate')
    contact.run(list, 5, '447911200204', '+447911200204', 'opted_out')
    contact.run(list, 6, '4.47911E+11', null, 'invalid')

    upgrade(db)

    expect(db.prepare('SELECT repaired FROM contacts ORDER BY row_number').pluck().all()).toEqual([
      0, 1, 1, 1, 0,
    ])
    expect(db.prepare('SELECT field_headers FROM contact_lists').pluck().get()).toBe('{}')
    expect(() => db.prepare("UPDATE contact_lists SET field_headers = '[]'").run()).toThrow(/CHECK/)
    expect(() => db.prepare('UPDATE contacts SET repaired = 2').run()).toThrow(/CHECK/)
  })
})
