import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

const at = '2026-03-02T09:00:00.000Z'

describe('migration 0023 report schedules', () => {
  it('keeps schedules of a saved report, one run per due time, and removes them with the report', () => {
    const db = schemaAt(22)
    upgrade(db, 23)
    db.prepare(
      `INSERT INTO saved_reports (id, name, definition, created_at, updated_at) VALUES (4, 'Weekly', '{}', ?, ?)`,
    ).run(at, at)
    const schedule = db.prepare(
      `INSERT INTO report_schedules (report_id, frequency, time, weekday, month_day, format, folder, created_at, armed_at)
       VALUES (4, @frequency, @time, @weekday, @monthDay, 'csv', NULL, '${at}', '${at}')`,
    )
    const ok = { frequency: 'weekly', time: '09:00', weekday: 'mon', monthDay: null }
    const id = Number(schedule.run(ok).lastInsertRowid)
    expect(() => schedule.run({ ...ok, time: '24:00' })).toThrow(/CHECK/)
    expect(() => schedule.run({ ...ok, time: '9:00' })).toThrow(/CHECK/)
    expect(() => schedule.run({ ...ok, weekday: null })).toThrow(/CHECK/)
    expect(() => schedule.run({ ...ok, frequency: 'daily' })).toThrow(/CHECK/)
    expect(() => schedule.run({ ...ok, frequency: 'monthly', weekday: null, monthDay: 32 })).toThrow(/CHECK/)
    schedule.run({ ...ok, frequency: 'monthly', weekday: null, monthDay: 31 })

    const run = db.prepare(
      `INSERT INTO report_schedule_runs (schedule_id, due_at, started_at, outcome) VALUES (?, ?, ?, 'running')`,
    )
    run.run(id, at, at)
    expect(() => run.run(id, at, at)).toThrow(/UNIQUE/)
    expect(() => run.run(99, '2026-03-03T09:00:00.000Z', at)).toThrow(/FOREIGN KEY/)

    db.exec('DELETE FROM saved_reports WHERE id = 4')
    expect(db.prepare('SELECT count(*) FROM report_schedules').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM report_schedule_runs').pluck().get()).toBe(0)
  })
})
