import { describe, expect, it } from 'vitest'
import { seedHistory } from '../history-fixtures.test-support'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0015 search-text', () => {
  it('folds the names and fields of the contacts and messages already there, so that old rows are found', () => {
    const db = schemaAt(14)
    const list = db
      .prepare(
        `INSERT INTO contact_lists (name, source_file, sheet, country, created_at, status, field_keys)
         VALUES ('Shops', 'shops.csv', 'shops', 'GB', '2026-03-01T12:00:00.000Z', 'ready', '["city"]')`,
      )
      .run().lastInsertRowid
    const contact = db.prepare(
      `INSERT INTO contacts (list_id, row_number, name, phone_raw, phone_e164, fields, verdict)
       VALUES (?, ?, ?, '07911 200201', '+447911200201', ?, 'valid')`,
    )
    contact.run(list, 2, 'José Núñez', JSON.stringify({ city: 'MÁLAGA' }))
    contact.run(list, 3, null, JSON.stringify({ city: 'Zürich', visits: '3' }))
    seedHistory(db, [
      {
        name: 'Spring',
        createdAt: '2026-03-02T09:00:00.000Z',
        messages: [
          { phone: '+447911200201', name: 'Café Lumière', status: 'sent' },
          { phone: '+447911200202', name: null, status: 'sent' },
        ],
      },
    ])

    upgrade(db)

    expect(db.prepare('SELECT search_text FROM contacts ORDER BY row_number').pluck().all()).toEqual([
      'jose nunez\nmalaga',
      '\nzurich\n3',
    ])
    expect(db.prepare('SELECT name_folded FROM messages ORDER BY id').pluck().all()).toEqual([
      'cafe lumiere',
      null,
    ])
  })
})
