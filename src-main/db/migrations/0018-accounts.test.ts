import { describe, expect, it } from 'vitest'
import { seedHistory } from '../history-fixtures.test-support'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0018 accounts', () => {
  it('makes the number Herald sent from the first account, owning every message and campaign sent so far', () => {
    const db = schemaAt(17)
    db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES ('whatsapp.establishedNumber', '"yes"', '2026-03-01T00:00:00.000Z')`,
    ).run()
    seedHistory(db, [
      {
        name: 'Spring',
        createdAt: '2026-03-01T10:00:00.000Z',
        dryRun: false,
        messages: [
          { phone: '+447911100001', name: null, status: 'sent', sentAt: '2026-03-01T10:05:00.000Z' },
        ],
      },
    ])
    db.prepare("INSERT INTO send_slots (account, at) VALUES ('whatsapp', 1772442000000)").run()

    upgrade(db)

    expect(db.prepare('SELECT id, name, phone, established FROM accounts').all()).toEqual([
      { id: 1, name: 'My number', phone: null, established: 1 },
    ])
    expect(db.prepare('SELECT DISTINCT account_id FROM messages').pluck().all()).toEqual([1])
    expect(db.prepare('SELECT account_id FROM campaign_accounts').pluck().all()).toEqual([1])
    // The first number's budget carries on under its old key; a later number's keys are accepted
    expect(db.prepare('SELECT account FROM send_slots').pluck().all()).toEqual(['whatsapp'])
    db.prepare("INSERT INTO send_slots (account, at) VALUES ('whatsapp:2', 1), ('dry-run:2', 1)").run()
    expect(() => db.prepare("INSERT INTO send_slots (account, at) VALUES ('whatsapp:x', 1)").run()).toThrow(
      /CHECK/,
    )
    // Two live numbers cannot share a name, whatever its case; a removed one's name is free again
    db.prepare("INSERT INTO accounts (name, created_at) VALUES ('Shop', 'now')").run()
    expect(() => db.prepare("INSERT INTO accounts (name, created_at) VALUES ('shop', 'now')").run()).toThrow(
      /UNIQUE/,
    )
    db.prepare("UPDATE accounts SET removed_at = 'now' WHERE name = 'Shop'").run()
    db.prepare("INSERT INTO accounts (name, created_at) VALUES ('shop', 'now')").run()
  })
})
