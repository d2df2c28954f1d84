import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { attachments } from './0007-attachments'
import { schemaAt } from './schema.test-support'

const stored = JSON.stringify({
  file: `${'a'.repeat(64)}.png`,
  name: 'offer.png',
  mime: 'image/png',
  bytes: 10,
})

const insertTemplate = (db: Database, attachment?: string | null): void => {
  db.prepare(
    `INSERT INTO templates (name, variants, created_at, updated_at${attachment === undefined ? '' : ', attachment'})
     VALUES ('T${Math.random()}', '[{"name":"A","body":"Hi"}]', 'now', 'now'${attachment === undefined ? '' : ', ?'})`,
  ).run(...(attachment === undefined ? [] : [attachment]))
}

describe('migration 0007 attachments', () => {
  it('gives existing templates and campaigns no attachment, and keeps their rows', () => {
    const db = schemaAt(6)
    insertTemplate(db)
    db.exec(`INSERT INTO campaigns (name, list_name, template_id, template_name, status, dry_run, pacing,
        variant_rule, template_snapshot, created_at)
      VALUES ('C', 'Shops', 1, 'Hello', 'draft', 1, '{}', '{"kind":"single"}', '[]', 'now')`)
    attachments.up(db)
    expect(db.prepare('SELECT attachment FROM templates').all()).toEqual([{ attachment: null }])
    expect(db.prepare('SELECT name, attachment FROM campaigns').all()).toEqual([
      { name: 'C', attachment: null },
    ])
  })

  it('stores an attachment as a JSON object and refuses anything else', () => {
    const db = schemaAt(7)
    insertTemplate(db, stored)
    insertTemplate(db, null)
    expect(() => insertTemplate(db, 'offer.png')).toThrow(/CHECK constraint failed/)
    expect(() => insertTemplate(db, '["offer.png"]')).toThrow(/CHECK constraint failed/)
    const rows = db.prepare('SELECT attachment FROM templates ORDER BY id').pluck().all()
    expect(rows).toEqual([stored, null])
  })
})
