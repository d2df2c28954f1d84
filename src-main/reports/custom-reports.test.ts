import { afterEach, describe, expect, it } from 'vitest'
import type { ReportDefinitionInput } from '../../src-shared/domain/report-definitions'
import { schemaAt } from '../db/migrations/schema.test-support'
import { seedHistory } from '../analytics/seed'
import { CustomReportsService } from './custom-reports'

const db = schemaAt(Infinity)
afterEach(() => db.exec('DELETE FROM saved_reports'))

let now = Date.parse('2026-03-02T09:00:00Z')
const events: string[] = []
const reports = new CustomReportsService({
  db,
  record: (kind) => events.push(kind),
  clock: { now: () => now },
})
const byVariant: ReportDefinitionInput = {
  name: 'By variant',
  rows: 'messages',
  groupBy: ['variant'],
  measures: ['messages', 'sent'],
}

describe('CustomReportsService', () => {
  it('saves by name (replacing one of the same name in any case), lists, duplicates and deletes', () => {
    expect(reports.save(byVariant)).toMatchObject({
      name: 'By variant',
      createdAt: '2026-03-02T09:00:00.000Z',
    })
    now += 60_000
    const replaced = reports.save({ ...byVariant, name: 'BY VARIANT', measures: ['failed'] })
    expect(replaced).toMatchObject({ name: 'BY VARIANT', createdAt: '2026-03-02T09:00:00.000Z' })
    expect(replaced.updatedAt).toBe('2026-03-02T09:01:00.000Z')
    expect(reports.list().map((r) => [r.name, r.definition.measures])).toEqual([['BY VARIANT', ['failed']]])
    expect(reports.duplicate('by variant', 'Copy').definition).toMatchObject({
      name: 'Copy',
      measures: ['failed'],
    })
    expect(() => reports.duplicate('Copy', 'by variant')).toThrow(/already exists/)
    reports.delete('copy')
    expect(reports.list().map((r) => r.name)).toEqual(['BY VARIANT'])
    expect(() => reports.delete('copy')).toThrow(/no saved report named "copy"/)
    expect(() => reports.get('Missing')).toThrow(/no saved report/)
    expect(events).toEqual(expect.arrayContaining(['report_saved', 'report_deleted']))
  })

  it('refuses a definition in words: the field, and what it allows', () => {
    expect(() => reports.save({ ...byVariant, rows: 'people', measures: [] })).toThrow(
      /rows: .*"messages"[\s\S]*measures: Choose at least one measure/,
    )
    expect(() => reports.save({ ...byVariant, groupBy: ['day', 'week', 'month', 'hour'] })).toThrow(
      /groupBy: Group by at most 3 things/,
    )
    // What a kind of rows does not have: replies have no variant, no status, no delivery
    const replies = {
      name: 'Replies',
      rows: 'replies',
      groupBy: ['week', 'variant'],
      measures: ['replies', 'sent'],
      filters: { statuses: ['replied'] },
    }
    const refused = (): unknown => reports.save(replies)
    expect(refused).toThrow(
      /groupBy\[1\]: A report of replies cannot be grouped by variant; group it by day, week, .* or account\./,
    )
    expect(refused).toThrow(/measures\[1\]: A report of replies cannot measure sent; choose among replies, /)
    expect(refused).toThrow(
      /filters\.statuses: A report of replies cannot be filtered by statuses; remove it/,
    )
    expect(() =>
      reports.save({ name: 'Slow contacts', rows: 'contacts', measures: ['medianDeliverSeconds'] }),
    ).toThrow(/measures\[0\]: A report of contacts cannot measure medianDeliverSeconds/)
    expect(reports.list()).toEqual([])
  })

  it('runs a saved report or a definition, and gives the writers a custom report named by its columns', () => {
    seedHistory(db, { campaigns: 2, messages: 120, now: new Date('2026-03-01T12:00:00Z'), seed: 'custom' })
    reports.save({ ...byVariant, filters: { dryRuns: 'all' } })
    const { columns, rows } = reports.run('By variant')
    expect(columns).toEqual(['variant', 'messages', 'sent'])
    expect(rows.reduce((n, row) => n + Number(row[1]), 0)).toBe(120)
    // A preview keeps the first rows and says how many there are
    const daily = { ...byVariant, groupBy: ['day' as const], filters: { dryRuns: 'all' as const } }
    const all = reports.run(daily)
    expect(all.total).toBe(2)
    expect(reports.run(daily, { limit: 1 })).toEqual({ ...all, rows: all.rows.slice(0, 1) })
    expect(reports.run({ ...byVariant, filters: { dryRuns: 'live' } }).rows).toEqual([])
    const report = reports.report('By variant')
    expect(report).toMatchObject({ kind: 'custom', title: 'By variant' })
    expect(report.sections[0]?.columns.map((c) => c.label)).toEqual(['variant', 'messages', 'sent'])
  })
})
