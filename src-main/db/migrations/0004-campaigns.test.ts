import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { rowCount, schemaAt, strictTablesAndIndexes } from './schema.test-support'

function migrated(): Database {
  const db = schemaAt(4)
  db.exec(`INSERT INTO contact_lists (id, name, source_file, sheet, country, created_at, status, field_keys)
    VALUES (1, 'Shops', 'shops.xlsx', 'Sheet1', 'GB', 'now', 'ready', '[]')`)
  db.exec(`INSERT INTO templates (id, name, variants, created_at, updated_at)
    VALUES (1, 'Hello', '[{"name":"A","body":"Hi"}]', 'now', 'now')`)
  return db
}

const insertCampaign = (db: Database, status = 'draft', pacing = '{}'): number =>
  Number(
    db
      .prepare(
        `INSERT INTO campaigns (name, list_id, list_name, template_id, template_name, status, dry_run, pacing,
           variant_rule, template_snapshot, created_at)
         VALUES ('C', 1, 'Shops', 1, 'Hello', ?, 1, ?, '{"kind":"single"}', '[]', 'now')`,
      )
      .run(status, pacing).lastInsertRowid,
  )

const insertMessage = (db: Database, campaignId: number, contactId: number, status = 'queued'): number =>
  Number(
    db
      .prepare(
        `INSERT INTO messages (campaign_id, contact_id, phone_e164, variant, body, status, queued_at, updated_at)
         VALUES (?, ?, '+447700900123', 'A', 'Hi', ?, 'now', 'now')`,
      )
      .run(campaignId, contactId, status).lastInsertRowid,
  )

const insertEvent = (db: Database, messageId: number, campaignId: number): void => {
  db.prepare(
    `INSERT INTO message_events (message_id, campaign_id, at, from_status, to_status) VALUES (?, ?, 'now', NULL, 'queued')`,
  ).run(messageId, campaignId)
}

describe('migration 0004 campaigns', () => {
  it('creates four STRICT tables with their indexes', () => {
    const db = migrated()
    const { strict, indexes } = strictTablesAndIndexes(db)
    expect(strict).toEqual(expect.arrayContaining(['templates', 'campaigns', 'messages', 'message_events']))
    expect(indexes).toEqual(
      expect.arrayContaining(['templates_name', 'messages_campaign_status', 'message_events_campaign']),
    )
  })

  it('keeps template names unique regardless of case and variants as a JSON array', () => {
    const db = migrated()
    const insert = db.prepare(
      "INSERT INTO templates (name, variants, created_at, updated_at) VALUES (?, ?, 'now', 'now')",
    )
    expect(() => insert.run('HELLO', '[]')).toThrow(/UNIQUE/)
    expect(() => insert.run('Other', '{"a":1}')).toThrow(/CHECK constraint/)
    insert.run('Other', '[]')
  })

  it('refuses an unknown campaign status and pacing that is not a JSON object', () => {
    const db = migrated()
    expect(() => insertCampaign(db, 'sending')).toThrow(/CHECK constraint/)
    expect(() => insertCampaign(db, 'draft', '[1]')).toThrow(/CHECK constraint/)
    expect(insertCampaign(db, 'interrupted')).toBeGreaterThan(0)
  })

  it('keeps one message per contact of a campaign, with a known status and category', () => {
    const db = migrated()
    const a = insertCampaign(db)
    const b = insertCampaign(db)
    insertMessage(db, a, 7)
    insertMessage(db, b, 7)
    expect(() => insertMessage(db, a, 7)).toThrow(/UNIQUE/)
    expect(() => insertMessage(db, a, 8, 'lost')).toThrow(/CHECK constraint/)
    expect(() => insertMessage(db, 999, 9)).toThrow(/FOREIGN KEY/)
    const id = insertMessage(db, a, 10)
    expect(() => db.prepare("UPDATE messages SET error_category = 'oops' WHERE id = ?").run(id)).toThrow(
      /CHECK constraint/,
    )
    db.prepare("UPDATE messages SET status = 'failed', error_category = 'uncertain' WHERE id = ?").run(id)
  })

  it('never lets an event be rewritten, and deletes messages and events with their campaign', () => {
    const db = migrated()
    const a = insertCampaign(db)
    const m = insertMessage(db, a, 1)
    insertEvent(db, m, a)
    expect(() => db.prepare("UPDATE message_events SET to_status = 'sent'").run()).toThrow(/append-only/)
    db.prepare('DELETE FROM campaigns WHERE id = ?').run(a)
    expect(rowCount(db, 'messages')).toBe(0)
    expect(rowCount(db, 'message_events')).toBe(0)
  })

  it('keeps a campaign when its list or template is deleted', () => {
    const db = migrated()
    const a = insertCampaign(db)
    db.exec('DELETE FROM contact_lists; DELETE FROM templates')
    expect(db.prepare('SELECT list_id, template_id, list_name FROM campaigns WHERE id = ?').get(a)).toEqual({
      list_id: null,
      template_id: null,
      list_name: 'Shops',
    })
  })

  it('finds the next message of a campaign along its index instead of sorting', () => {
    const db = migrated()
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM messages WHERE campaign_id = 1 AND status = 'queued'
         AND (next_attempt_at IS NULL OR next_attempt_at <= 'x') ORDER BY id LIMIT 1`,
      )
      .all() as { detail: string }[]
    const detail = plan.map((step) => step.detail).join('\n')
    expect(detail).toMatch(/USING INDEX messages_campaign_status/)
    expect(detail).not.toMatch(/TEMP B-TREE/)
  })
})
