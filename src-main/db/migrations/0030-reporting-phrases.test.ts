import { describe, expect, it } from 'vitest'
import { problemsOf, schemaAt, upgrade } from './schema.test-support'

const at = '2026-03-02T09:00:00.000Z'

describe('migration 0030 reporting-phrases', () => {
  it('keeps a run’s and a delivery’s English words, with room for their phrase beside them', () => {
    const db = schemaAt(29)
    db.exec(`
      INSERT INTO saved_reports (id, name, definition, created_at, updated_at)
        VALUES (1, 'Daily', '{}', '${at}', '${at}');
      INSERT INTO report_schedules (id, report_id, frequency, time, format, enabled, created_at, armed_at)
        VALUES (1, 1, 'daily', '09:00', 'csv', 1, '${at}', '${at}');
      INSERT INTO report_schedule_runs (schedule_id, due_at, started_at, outcome, cause, detail)
        VALUES (1, '${at}', '${at}', 'failed', 'report_failed', 'Old words');
      INSERT INTO alert_rules (id, event, notify, created_at, updated_at) VALUES (1, 'finished', 1, '${at}', '${at}');
      INSERT INTO alert_deliveries (delivery_id, rule_id, event, event_key, channel, attempt, status, error, title,
          body, created_at)
        VALUES ('d-1', 1, 'finished', 'finished:7', 'webhook', 1, 'failed', 'Old words', 'Finished', '{}', '${at}');
    `)

    upgrade(db, 30)

    expect(problemsOf(db)).toEqual([])
    expect(db.prepare('SELECT detail, detail_phrase FROM report_schedule_runs').all()).toEqual([
      { detail: 'Old words', detail_phrase: null },
    ])
    expect(db.prepare('SELECT error, error_phrase FROM alert_deliveries').all()).toEqual([
      { error: 'Old words', error_phrase: null },
    ])
    const said = JSON.stringify({ key: 'reporting.alertDelivery.noWebhook' })
    db.prepare('UPDATE alert_deliveries SET error_phrase = ?').run(said)
    db.prepare('UPDATE report_schedule_runs SET detail_phrase = ?').run(said)
    expect(() => db.prepare("UPDATE alert_deliveries SET error_phrase = 'words, not JSON'").run()).toThrow(
      /CHECK/,
    )
    expect(() => db.prepare("UPDATE report_schedule_runs SET detail_phrase = '{'").run()).toThrow(/CHECK/)
  })
})
