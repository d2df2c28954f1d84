import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

const at = '2026-03-02T09:00:00.000Z'

describe('migration 0024 alerts', () => {
  it('keeps rules that go somewhere, with a secret for each webhook', () => {
    const db = schemaAt(23)
    upgrade(db, 24)
    const add = db.prepare(
      `INSERT INTO alert_rules (event, threshold, notify, webhook_url, webhook_secret, created_at, updated_at)
       VALUES (@event, @threshold, @notify, @url, @secret, '${at}', '${at}')`,
    )
    const rule = { event: 'finished', threshold: null, notify: 1, url: null, secret: null }
    add.run(rule)
    add.run({ ...rule, notify: 0, url: 'https://hooks.example.com/herald', secret: 'k2-secret' })
    add.run({ ...rule, event: 'opt-out-rate', threshold: 5 })
    // Nowhere to go, a webhook without its secret, an unknown event, a share over 100 %
    expect(() => add.run({ ...rule, notify: 0 })).toThrow(/CHECK/)
    expect(() => add.run({ ...rule, url: 'https://hooks.example.com/herald' })).toThrow(/CHECK/)
    expect(() => add.run({ ...rule, event: 'lunch' })).toThrow(/CHECK/)
    expect(() => add.run({ ...rule, threshold: 150 })).toThrow(/CHECK/)
    expect(db.prepare('SELECT count(*) FROM alert_rules').pluck().get()).toBe(3)
  })

  it('logs each attempt once per rule, event and channel, and forgets a removed rule’s log', () => {
    const db = schemaAt(23)
    upgrade(db, 24)
    db.exec(
      `INSERT INTO alert_rules (id, event, notify, created_at, updated_at) VALUES (1, 'finished', 1, '${at}', '${at}')`,
    )
    const log = db.prepare(
      `INSERT INTO alert_deliveries (delivery_id, rule_id, event, event_key, channel, attempt, status, title, body,
         created_at) VALUES ('d-1', 1, 'finished', 'finished:7', @channel, @attempt, @status, 'Finished', '{}', '${at}')`,
    )
    log.run({ channel: 'webhook', attempt: 1, status: 'failed' })
    log.run({ channel: 'webhook', attempt: 2, status: 'pending' })
    log.run({ channel: 'notification', attempt: 1, status: 'delivered' })
    expect(() => log.run({ channel: 'webhook', attempt: 1, status: 'delivered' })).toThrow(/UNIQUE/)
    expect(() => log.run({ channel: 'email', attempt: 3, status: 'pending' })).toThrow(/CHECK/)
    expect(() => log.run({ channel: 'webhook', attempt: 3, status: 'lost' })).toThrow(/CHECK/)
    db.exec('DELETE FROM alert_rules WHERE id = 1')
    expect(db.prepare('SELECT count(*) FROM alert_deliveries').pluck().get()).toBe(0)
  })
})
