import { describe, expect, it } from 'vitest'
import { schemaAt, seedEveryTable, upgrade } from './schema.test-support'

describe('migration 0029 pause-phrases', () => {
  it('gives campaigns and their numbers a phrase for why they paused, none for the rows already saved', () => {
    const db = schemaAt(28)
    seedEveryTable(db)
    db.prepare("UPDATE campaigns SET status = 'paused', status_reason = 'WhatsApp disconnected.'").run()

    upgrade(db, 29)

    expect(db.prepare('SELECT status_reason, status_reason_phrase FROM campaigns').get()).toEqual({
      status_reason: 'WhatsApp disconnected.',
      status_reason_phrase: null,
    })
    expect(db.prepare('SELECT paused_reason_phrase FROM campaign_accounts').pluck().get()).toBeNull()
    const said = JSON.stringify({ key: 'sending.pause.disconnected' })
    db.prepare('UPDATE campaigns SET status_reason_phrase = ?').run(said)
    db.prepare('UPDATE campaign_accounts SET paused_reason_phrase = ?').run(said)
    expect(db.prepare('SELECT status_reason_phrase FROM campaigns').pluck().get()).toBe(said)
    expect(() => db.prepare("UPDATE campaigns SET status_reason_phrase = 'Paused'").run()).toThrow(/CHECK/)
    expect(() => db.prepare("UPDATE campaign_accounts SET paused_reason_phrase = '{'").run()).toThrow(/CHECK/)
  })
})
