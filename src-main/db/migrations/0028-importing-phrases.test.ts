import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0028 importing-phrases', () => {
  it('gives contacts and opt-outs a phrase for their reason, none for the rows already saved', () => {
    const db = schemaAt(27)
    db.exec(`INSERT INTO contact_lists (id, name, source_file, sheet, country, created_at, status, field_keys)
        VALUES (1, 'Shops', 'shops.csv', 'shops', 'GB', '2026-03-01T12:00:00.000Z', 'ready', '[]');
      INSERT INTO contacts (list_id, row_number, phone_raw, phone_e164, fields, verdict, reason)
        VALUES (1, 2, '12345', NULL, '{}', 'invalid', 'Too short to be a phone number');
      INSERT INTO opt_outs (phone_e164, source, reason, created_at)
        VALUES ('+447700900009', 'reply', 'Replied “STOP” to a campaign', '2026-03-01T12:00:00.000Z');`)

    upgrade(db, 28)

    expect(db.prepare('SELECT reason, reason_phrase FROM contacts').get()).toEqual({
      reason: 'Too short to be a phone number',
      reason_phrase: null,
    })
    expect(db.prepare('SELECT reason_phrase FROM opt_outs').pluck().get()).toBeNull()
    const said = JSON.stringify({ key: 'importing.phone.tooShort' })
    db.prepare('UPDATE contacts SET reason_phrase = ?').run(said)
    expect(db.prepare('SELECT reason_phrase FROM contacts').pluck().get()).toBe(said)
    expect(() => db.prepare("UPDATE contacts SET reason_phrase = 'Too short'").run()).toThrow(/CHECK/)
    expect(() => db.prepare("UPDATE opt_outs SET reason_phrase = '{'").run()).toThrow(/CHECK/)
  })
})
