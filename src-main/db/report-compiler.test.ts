import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messageStatuses } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import type { ReportDefinition, ReportDefinitionInput } from '../../src-shared/domain/report-definitions'
import {
  filtersFor,
  groupsFor,
  measuresFor,
  ReportDefinitionSchema,
  reportRowKinds,
} from '../../src-shared/domain/report-definitions'
import { AnalyticsService } from '../analytics/analytics-service'
import type { CompileOptions } from './report-compiler'
import { compileReport } from './report-compiler'
import type { History } from './report-history.test-support'
import { reportHistory } from './report-history.test-support'
import { recount } from './report-recount.test-support'
import { runReport } from './report-runner'

let h: History
beforeAll(() => {
  h = reportHistory()
})
afterAll(() => h.db.close())

const compile = (def: ReportDefinition, source: CompileOptions['source'] = 'auto') =>
  compileReport(def, def.rows === 'replies' ? h.replyPrefixCountries : h.prefixCountries, { source })

const rounded = (rows: unknown[][]): string[] =>
  rows
    .map((row) => JSON.stringify(row.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v))))
    .sort()

function some<T>(random: () => number, items: readonly T[], max = items.length): T[] {
  const chosen = items.filter(() => random() < 0.4).slice(0, max)
  return chosen.length > 0 ? chosen : items.slice(0, 1)
}

function randomDefinition(random: () => number, i: number): ReportDefinition {
  const rows = reportRowKinds[Math.floor(random() * reportRowKinds.length)] ?? 'messages'
  const days = [...new Set(h.messages.map((m) => m.queuedAt.slice(0, 10)))].sort()
  const day = (): string => days[Math.floor(random() * days.length)] ?? '2026-03-01'
  const [since, until] = [day(), day()].sort()
  const countries = [...new Set(Object.values(h.replyPrefixCountries))].filter((c) => /^[A-Z]{2}$/.test(c))
  const values: Record<string, () => unknown> = {
    since: () => since,
    until: () => until,
    campaigns: () => some(random, [1, 2, 3, 4, 5]),
    statuses: () => some(random, messageStatuses),
    countries: () => some(random, countries),
    accounts: () => some(random, [1, 2, 3]),
    variants: () => some(random, ['A', 'B', 'C']),
    listId: () => 1,
  }
  const filters = Object.fromEntries(
    filtersFor(rows).flatMap((name) => (random() < 0.25 ? [[name, values[name]?.()]] : [])),
  )
  return ReportDefinitionSchema.parse({
    name: `Random ${i}`,
    rows,
    groupBy: groupsFor(rows)
      .filter(() => random() < 0.2)
      .slice(0, 3)
      .sort(() => random() - 0.5),
    measures: some(random, measuresFor(rows)),
    filters: { ...filters, dryRuns: (['live', 'dry', 'all'] as const)[Math.floor(random() * 3)] },
  })
}

// Definitions each path must answer at least once, beside the random ones
const chosen: ReportDefinitionInput[] = [
  {
    name: 'Status rollup',
    rows: 'messages',
    groupBy: ['campaign', 'variant', 'errorCategory'],
    measures: ['messages', 'sent', 'delivered', 'read', 'skipped', 'optedOut', 'optOutRate', 'readRate'],
    filters: { dryRuns: 'all', statuses: ['read', 'failed', 'replied', 'skipped'] },
  },
  {
    name: 'Prefix rollup',
    rows: 'messages',
    groupBy: ['country', 'month'],
    measures: ['messages', 'sent', 'replied', 'failed', 'successRate', 'replyRate'],
    filters: { dryRuns: 'all', countries: ['GB', 'US', 'DE'] },
  },
  {
    name: 'Hours rollup',
    rows: 'messages',
    groupBy: ['hour', 'weekday', 'account'],
    measures: ['messages', 'sent', 'replied', 'replyRate', 'optedOut'],
    filters: { dryRuns: 'all' },
  },
  {
    name: 'Campaigns with times',
    rows: 'campaigns',
    groupBy: ['week', 'template'],
    measures: ['campaigns', 'finished', 'sent', 'medianDeliverSeconds', 'p90ReadSeconds', 'p90ReplySeconds'],
    filters: { dryRuns: 'all', since: '2026-02-20' },
  },
  {
    name: 'Times by country',
    rows: 'messages',
    groupBy: ['country'],
    measures: ['medianDeliverSeconds', 'p90DeliverSeconds', 'medianReadSeconds', 'medianReplySeconds'],
    filters: { dryRuns: 'all' },
  },
  {
    name: 'Contacts',
    rows: 'contacts',
    groupBy: ['country', 'campaign'],
    measures: ['contacts', 'sent', 'replied', 'optedOut', 'replyRate', 'failed'],
    filters: { dryRuns: 'all' },
  },
  {
    name: 'Contacts by month, from the 28th',
    rows: 'contacts',
    groupBy: ['month', 'country'],
    measures: [
      'contacts',
      'sent',
      'delivered',
      'read',
      'replied',
      'failed',
      'skipped',
      'optedOut',
      'readRate',
    ],
    filters: { dryRuns: 'all', since: '2026-02-28', countries: ['GB', 'US'] },
  },
  {
    name: 'Times by country and month, until the 10th',
    rows: 'messages',
    groupBy: ['country', 'month'],
    measures: ['medianDeliverSeconds', 'p90DeliverSeconds', 'medianReadSeconds', 'p90ReplySeconds'],
    filters: { until: '2026-03-10' },
  },
  {
    name: 'Replies',
    rows: 'replies',
    groupBy: ['week', 'country', 'campaign'],
    measures: ['replies', 'contacts', 'leads', 'optedOut', 'leadRate', 'optOutRate'],
    filters: { dryRuns: 'all' },
  },
]

describe('compileReport', () => {
  it('answers random definitions as a plain recount does, from the rollups and from the messages alike', () => {
    const random = seededRandom('report-compiler')
    const definitions = [
      ...chosen.map((d) => ReportDefinitionSchema.parse(d)),
      ...Array.from({ length: 90 }, (_, i) => randomDefinition(random, i)),
    ]
    const paths = new Set<string>()
    let groups = 0
    for (const def of definitions) {
      const expected = rounded(recount(h, def))
      for (const source of ['auto', 'messages'] as const) {
        const compiled = compile(def, source)
        paths.add(compiled.source)
        for (const t of compiled.times) paths.add(`times:${t.path}${t.from ? `:${t.from}` : ''}`)
        expect(rounded(runReport(h.db, compiled)), `${source}: ${JSON.stringify(def)}`).toEqual(expected)
      }
      groups += expected.length
    }
    // Every way of answering was tried, and the random filters leave something to compare
    expect([...paths].sort()).toEqual([
      'insight_contacts',
      'insight_hours',
      'insight_prefix',
      'insight_status',
      'messages',
      'replies',
      'times:messages',
      'times:rollup:insight_durations',
      'times:rollup:insight_prefix_durations',
    ])
    expect(groups).toBeGreaterThan(400)
  })

  it('tells the Dashboard’s funnel and times: the same sent, replied and seconds', () => {
    const def = ReportDefinitionSchema.parse({
      name: 'Like the Dashboard',
      rows: 'messages',
      measures: ['sent', 'replied', 'medianDeliverSeconds', 'p90DeliverSeconds', 'medianReplySeconds'],
      filters: { dryRuns: 'all' },
    })
    const [row] = runReport(h.db, compile(def))
    const { funnel, rates } = new AnalyticsService(h.db).analytics({ dryRun: 'all' })
    expect(row).toEqual([
      funnel.sent,
      funnel.replied,
      rates.timeToDeliver.medianSeconds,
      rates.timeToDeliver.p90Seconds,
      rates.timeToReply.medianSeconds,
    ])
  })

  it('names its columns as the definition does, and answers a period with no messages with zeros', () => {
    const def = ReportDefinitionSchema.parse({
      name: 'Empty',
      rows: 'messages',
      measures: ['sent', 'replyRate', 'medianReadSeconds'],
      filters: { since: '2020-01-01', until: '2020-01-31' },
    })
    const compiled = compile(def)
    expect(compiled.columns).toEqual(['sent', 'replyRate', 'medianReadSeconds'])
    expect(runReport(h.db, compiled)).toEqual([[0, null, null]])
    expect(runReport(h.db, compile({ ...def, groupBy: ['day'] }))).toEqual([])
  })

  it('binds every value of the definition: a hostile variant or country is data, never SQL', () => {
    const hostile = "'); DROP TABLE messages; --"
    const def = ReportDefinitionSchema.parse({
      name: hostile,
      rows: 'messages',
      groupBy: ['variant'],
      measures: ['messages', 'medianDeliverSeconds'],
      filters: { variants: [hostile, 'A'], dryRuns: 'all' },
    })
    const compiled = compileReport(def, { [hostile]: hostile })
    const texts = [compiled.counts.sql, ...compiled.times.flatMap((t) => [t.values.sql, t.groups?.sql ?? ''])]
    for (const text of texts) expect(text).not.toContain('DROP')
    expect(Object.values(compiled.counts.params)).toContain(JSON.stringify([hostile, 'A']))
    const rows = runReport(h.db, compiled)
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['A', h.messages.filter((m) => m.variant === 'A').length],
    ])
    expect(h.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(400)
    // A definition that skipped the schema cannot smuggle a column name in either
    expect(() => compileReport({ ...def, groupBy: [hostile as 'day'] })).toThrow(/Not a report column/)
    expect(() => compileReport({ ...def, measures: [hostile as 'sent'] })).toThrow(/Not a report column/)
  })
})

describe('compileReport on the month rollups', () => {
  // The history's campaigns were queued on 27 February and on 3, 7, 12 and 16 March 2026
  const periods: { since?: string; until?: string; rollup: boolean }[] = [
    { rollup: true },
    { since: '2026-02-01', until: '2026-02-28', rollup: true },
    { since: '2026-03-01', rollup: true },
    { since: '2026-02-27', until: '2026-03-31', rollup: true },
    { since: '2026-02-01', until: '2026-03-10', rollup: true },
    { since: '2026-01-15', until: '2026-03-05', rollup: true },
    { until: '2026-03-07', rollup: true },
    { since: '2026-03-02', rollup: true },
    { since: '2026-02-27', until: '2026-03-12', rollup: false },
  ]
  const shapes: ReportDefinitionInput[] = [
    {
      name: 'Contacts by month and country',
      rows: 'contacts',
      groupBy: ['month', 'country'],
      measures: [
        'contacts',
        'sent',
        'delivered',
        'read',
        'replied',
        'failed',
        'skipped',
        'optedOut',
        'replyRate',
      ],
    },
    {
      name: 'Contacts',
      rows: 'contacts',
      measures: ['contacts', 'sent', 'replied', 'optedOut', 'successRate'],
    },
    {
      name: 'Times by country',
      rows: 'messages',
      groupBy: ['country'],
      measures: ['medianDeliverSeconds', 'p90DeliverSeconds', 'medianReadSeconds', 'p90ReadSeconds'],
    },
    {
      name: 'Times by month and country',
      rows: 'messages',
      groupBy: ['month', 'country'],
      measures: ['messages', 'medianReplySeconds', 'p90ReplySeconds', 'p90DeliverSeconds'],
    },
  ]

  it('answers contacts and times by country from whole months, the days at the edges from the messages', () => {
    let groups = 0
    for (const { rollup, ...period } of periods)
      for (const shape of shapes)
        for (const dryRuns of ['live', 'dry', 'all'] as const)
          for (const countries of [undefined, ['GB', 'DE']]) {
            const def = ReportDefinitionSchema.parse({ ...shape, filters: { ...period, dryRuns, countries } })
            const compiled = compile(def)
            const label = JSON.stringify(def)
            if (def.rows === 'contacts')
              expect(compiled.source, label).toBe(rollup ? 'insight_contacts' : 'messages')
            for (const t of compiled.times)
              expect(t.from ?? 'messages', label).toBe(rollup ? 'insight_prefix_durations' : 'messages')
            const expected = rounded(recount(h, def))
            expect(rounded(runReport(h.db, compiled)), label).toEqual(expected)
            groups += expected.length
          }
    expect(groups).toBeGreaterThan(500)
  })

  it('keeps to the messages for a filter the month rollups cannot apply', () => {
    const filters = [{ campaigns: [1, 2] }, { accounts: [2] }, { listId: 1 }, { statuses: ['read'] }]
    for (const filter of filters) {
      const contacts = ReportDefinitionSchema.parse({ ...shapes[0], filters: { ...filter, dryRuns: 'all' } })
      expect(compile(contacts).source).toBe('messages')
      const times = ReportDefinitionSchema.parse({ ...shapes[2], filters: { ...filter, dryRuns: 'all' } })
      expect(compile(times).times.map((t) => t.path)).toEqual(['messages', 'messages'])
      expect(rounded(runReport(h.db, compile(contacts)))).toEqual(rounded(recount(h, contacts)))
    }
  })
})
