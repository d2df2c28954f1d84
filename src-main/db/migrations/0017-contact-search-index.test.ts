import { describe, expect, it } from 'vitest'
import { ContactListsRepo } from '../repos/contact-lists-repo'
import { problemsOf, schemaAt, upgrade } from './schema.test-support'

describe('migration 0017 contact-search-index', () => {
  it('indexes the contacts already saved, so that old lists are searched through the index, and keeps it true', () => {
    const db = schemaAt(16)
    const list = db.prepare(
      `INSERT INTO contact_lists (name, source_file, sheet, country, created_at, status, field_keys)
       VALUES (?, 'shops.csv', 'shops', 'GB', '2026-03-01T12:00:00.000Z', ?, '["city"]')`,
    )
    const shops = Number(list.run('Shops', 'ready').lastInsertRowid)
    const empty = Number(list.run('Empty', 'ready').lastInsertRowid)
    const half = Number(list.run('Half', 'saving').lastInsertRowid)
    const contact = db.prepare(
      `INSERT INTO contacts (list_id, row_number, name, phone_raw, phone_e164, fields, verdict, search_text)
       VALUES (?, ?, ?, ?, ?, '{}', ?, ?)`,
    )
    contact.run(shops, 2, 'José Núñez', '07911 200201', '+447911200201', 'valid', 'jose nunez\nmalaga')
    contact.run(half, 2, 'Half', '07911 200299', '+447911200299', 'valid', 'half')
    contact.run(shops, 3, 'Café Lumière', '(0161) 496-0999 x', null, 'invalid', 'cafe lumiere\nleeds')

    upgrade(db)

    expect(problemsOf(db)).toEqual([])
    const marks = db.prepare('SELECT id, search_indexed_through AS mark FROM contact_lists ORDER BY id').all()
    expect(marks).toEqual([
      { id: shops, mark: 3 },
      { id: empty, mark: 0 },
      { id: half, mark: 2 },
    ])
    const inIndex = (trigram: string): number[] =>
      db
        .prepare('SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid')
        .pluck()
        .all(`"${trigram}"`) as number[]
    expect(inIndex('nun')).toEqual([1])
    expect(inIndex('999')).toEqual([3])
    expect(inIndex('911')).toEqual([1, 2])
    // Searched through the index (every term has 3 characters or more), exactly as LIKE finds
    const rows = (search: string, useIndex = true): (string | null)[] =>
      new ContactListsRepo(db, { useIndex })
        .contacts(shops, { search, offset: 0, limit: 10 })
        .rows.map((c) => c.name)
    for (const search of ['NÚÑEZ', 'lumi', '0161 496', '7911 200', 'nobody']) {
      expect(rows(search), search).toEqual(rows(search, false))
    }
    expect(rows('0161 496')).toEqual(['Café Lumière'])

    db.prepare("UPDATE contacts SET search_text = 'jose garcia' WHERE id = 1").run()
    expect([inIndex('nun'), inIndex('gar')]).toEqual([[], [1]])
    db.prepare('DELETE FROM contacts WHERE list_id = ?').run(shops)
    expect([inIndex('gar'), inIndex('999'), inIndex('911')]).toEqual([[], [], [2]])
    const check = db.prepare("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")
    expect(() => check.run()).not.toThrow()
  })
})
