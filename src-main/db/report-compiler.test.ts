import type { Database } from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MessageStatus } from '../../src-shared/domain/campaigns'
import { messageStatuses } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import type { ReportDefinition, ReportGroup } from '../../src-shared/domain/report-definitions'
import {
  ReportDefinitionSchema,
  reportGroups,
  reportMeasures,
} from '../../src-shared/domain/report-definitions'
import { countryOf } from '../analytics/sections'
import { seedHistory } from '../analytics/seed'
import { schemaAt } from './migrations/schema.test-support'
import { compileReport, prefixSamplesSql } from './report-compiler'

type Raw = {
  campaignId: number
  campaign: string
  template: string
  dryRun: number
  listId: number | null
  accountId: number
  account: string | null
  phone: string
  variant: string
  status: MessageStatus
  errorCategory: string | null
  queuedAt: string
  repliedAt: string | null
}

let db: Database
let raw: Raw[]
let optOuts: { phone: string; source: string; createdAt: string }[]
let prefixCountries: Record<string, string>
const dayMs = 86_400_000

beforeAll(() => {
  db = schemaAt(Infinity)
  seedHistory(db, {
    campaigns: 5,
    messages: 400,
    now: new Date('2026-03-20T12:00:00Z'),
    numbers: 3,
    seed: 'reports',
  })
  // Some real campaigns beside the seed's dry runs, and a campaign of another list
  db.exec(
    'UPDATE campaigns SET dry_run = 0 WHERE id % 2 = 0; UPDATE campaigns SET list_id = NULL WHERE id = 3',
  )
  raw = db
    .prepare(
      `SELECT m.campaign_id AS campaignId, c.name AS campaign, c.template_name AS template, c.dry_run AS dryRun,
         c.list_id AS listId, m.account_id AS accountId, a.name AS account, m.phone_e164 AS phone,
         m.variant, m.status, m.error_category AS errorCategory, m.queued_at AS queuedAt, m.replied_at AS repliedAt
       FROM messages m JOIN campaigns c ON c.id = m.campaign_id LEFT JOIN accounts a ON a.id = m.account_id`,
    )
    .all() as Raw[]
  optOuts = db
    .prepare('SELECT phone_e164 AS phone, source, created_at AS createdAt FROM opt_outs')
    .all() as typeof optOuts
  prefixCountries = {}
  for (const { prefix, sample } of db.prepare(prefixSamplesSql).all() as {
    prefix: string
    sample: string
  }[]) {
    const { country, callingCode } = countryOf(sample)
    prefixCountries[prefix] = country ?? `+${callingCode}`
  }
})
afterAll(() => db.close())

// The Dashboard's country of a number: that of the smallest number sharing its first 5 characters
const countryOfMessage = (m: Raw): string => {
  const prefix = m.phone.slice(0, 5)
  const sample = raw
    .filter((r) => r.phone.startsWith(prefix))
    .reduce((min, r) => (r.phone < min ? r.phone : min), m.phone)
  const { country, callingCode } = countryOf(sample)
  return country ?? `+${callingCode}`
}

function mondayOf(iso: string): string {
  const day = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)
  return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * dayMs).toISOString().slice(0, 10)
}

// Each group as plain JavaScript: the value grouped by, and the value shown
const groupOf: Record<ReportGroup, (m: Raw) => [unknown, unknown]> = {
  day: (m) => [m.queuedAt.slice(0, 10), m.queuedAt.slice(0, 10)],
  week: (m) => [mondayOf(m.queuedAt), mondayOf(m.queuedAt)],
  month: (m) => [m.queuedAt.slice(0, 7), m.queuedAt.slice(0, 7)],
  hour: (m) => [new Date(m.queuedAt).getUTCHours(), new Date(m.queuedAt).getUTCHours()],
  weekday: (m) => [new Date(m.queuedAt).getUTCDay(), new Date(m.queuedAt).getUTCDay()],
  campaign: (m) => [m.campaignId, m.campaign],
  template: (m) => [m.template, m.template],
  variant: (m) => [m.variant, m.variant],
  country: (m) => [countryOfMessage(m), countryOfMessage(m)],
  account: (m) => [m.accountId, m.account ?? `Number ${m.accountId}`],
  errorCategory: (m) => [m.errorCategory, m.errorCategory],
}

const optedOut = (m: Raw): boolean =>
  m.repliedAt !== null &&
  optOuts.some(
    (o) =>
      o.phone === m.phone &&
      o.source === 'reply' &&
      Math.abs(Date.parse(o.createdAt) - Date.parse(m.repliedAt ?? '')) <= 3_600_000,
  )

function kept(def: ReportDefinition, m: Raw): boolean {
  const f = def.filters
  const until = f.until && new Date(Date.parse(`${f.until}T00:00:00Z`) + dayMs).toISOString()
  return (
    (!f.since || m.queuedAt >= `${f.since}T00:00:00.000Z`) &&
    (!until || m.queuedAt < until) &&
    (!f.campaigns || f.campaigns.includes(m.campaignId)) &&
    (!f.statuses || f.statuses.includes(m.status)) &&
    (!f.countries || f.countries.includes(countryOfMessage(m))) &&
    (!f.accounts || f.accounts.includes(m.accountId)) &&
    (!f.variants || f.variants.includes(m.variant)) &&
    (f.listId === undefined || m.listId === f.listId) &&
    (f.campaigns !== undefined || f.dryRuns === 'all' || m.dryRun === (f.dryRuns === 'dry' ? 1 : 0))
  )
}

const reachedSent = ['sent', 'delivered', 'read', 'replied']
function measuresOf(ms: Raw[]): Record<string, number | null> {
  const count = (test: (m: Raw) => boolean): number => ms.filter(test).length
  const sent = count((m) => reachedSent.includes(m.status))
  const delivered = count((m) => reachedSent.slice(1).includes(m.status))
  const read = count((m) => m.status === 'read' || m.status === 'replied')
  const replied = count((m) => m.status === 'replied')
  const failed = count((m) => m.status === 'failed')
  const opted = count(optedOut)
  const of = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)
  return {
    messages: ms.length,
    sent,
    delivered,
    read,
    replied,
    failed,
    skipped: count((m) => m.status === 'skipped'),
    optedOut: opted,
    successRate: of(sent, sent + failed),
    deliveryRate: of(delivered, sent),
    readRate: of(read, sent),
    replyRate: of(replied, sent),
    optOutRate: of(opted, sent),
  }
}

function recompute(def: ReportDefinition): unknown[][] {
  const groups = new Map<string, { labels: unknown[]; messages: Raw[] }>()
  if (def.groupBy.length === 0) groups.set('', { labels: [], messages: [] })
  for (const m of raw.filter((r) => kept(def, r))) {
    const pairs = def.groupBy.map((g) => groupOf[g](m))
    const key = JSON.stringify(pairs.map(([k]) => k))
    const group = groups.get(key) ?? { labels: pairs.map(([, label]) => label), messages: [] }
    group.messages.push(m)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ labels, messages }) => {
    const values = measuresOf(messages)
    return [...labels, ...def.measures.map((k) => values[k])]
  })
}

const rounded = (rows: unknown[][]): string[] =>
  rows
    .map((row) => JSON.stringify(row.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v))))
    .sort()

function some<T>(random: () => number, items: readonly T[], max = items.length): T[] {
  const chosen = items.filter(() => random() < 0.5).slice(0, max)
  return chosen.length > 0 ? chosen : items.slice(0, 1)
}

function randomDefinition(random: () => number, i: number): ReportDefinition {
  const days = [...new Set(raw.map((m) => m.queuedAt.slice(0, 10)))].sort()
  const day = (): string => days[Math.floor(random() * days.length)] ?? '2026-03-01'
  const maybe = <T>(make: () => T): T | undefined => (random() < 0.3 ? make() : undefined)
  const [since, until] = [day(), day()].sort()
  const groupBy = reportGroups.filter(() => random() < 0.25).slice(0, 3)
  return ReportDefinitionSchema.parse({
    name: `Random ${i}`,
    rows: 'messages',
    groupBy: groupBy.sort(() => random() - 0.5),
    measures: some(random, reportMeasures),
    filters: {
      since: maybe(() => since),
      until: maybe(() => until),
      campaigns: maybe(() => some(random, [1, 2, 3, 4, 5])),
      statuses: maybe(() => some(random, messageStatuses)),
      countries: maybe(() =>
        some(
          random,
          [...new Set(Object.values(prefixCountries))].filter((c) => /^[A-Z]{2}$/.test(c)),
        ),
      ),
      accounts: maybe(() => some(random, [1, 2, 3])),
      variants: maybe(() => some(random, ['A', 'B', 'C'])),
      listId: maybe(() => 1),
      dryRuns: (['live', 'dry', 'all'] as const)[Math.floor(random() * 3)],
    },
  })
}

describe('compileReport', () => {
  it('gives the numbers a plain recomputation from the raw messages gives, for random definitions', () => {
    const random = seededRandom('report-compiler')
    expect(raw.length).toBe(400)
    let groups = 0
    for (let i = 0; i < 30; i++) {
      const def = randomDefinition(random, i)
      const compiled = compileReport(def, prefixCountries)
      const rows = db.prepare(compiled.sql).raw(true).all(compiled.params) as unknown[][]
      expect(rounded(rows), JSON.stringify(def)).toEqual(rounded(recompute(def)))
      groups += rows.length
    }
    // The random filters leave something to compare
    expect(groups).toBeGreaterThan(100)
  })

  it('names its columns as the definition does, and answers a period with no messages with zeros', () => {
    const def = ReportDefinitionSchema.parse({
      name: 'Empty',
      rows: 'messages',
      measures: ['sent', 'replyRate'],
      filters: { since: '2020-01-01', until: '2020-01-31' },
    })
    const compiled = compileReport(def)
    expect(compiled.columns).toEqual(['sent', 'replyRate'])
    expect(db.prepare(compiled.sql).all(compiled.params)).toEqual([{ sent: 0, replyRate: null }])
  })

  it('binds every value of the definition: a hostile variant or country is data, never SQL', () => {
    const hostile = "'); DROP TABLE messages; --"
    const def = ReportDefinitionSchema.parse({
      name: hostile,
      rows: 'messages',
      groupBy: ['variant'],
      measures: ['messages'],
      filters: { variants: [hostile, 'A'], dryRuns: 'all' },
    })
    const compiled = compileReport(def, { [hostile]: hostile })
    expect(compiled.sql).not.toContain('DROP')
    expect(Object.values(compiled.params)).toContain(JSON.stringify([hostile, 'A']))
    const rows = db.prepare(compiled.sql).all(compiled.params) as { variant: string; messages: number }[]
    expect(rows).toEqual([{ variant: 'A', messages: raw.filter((m) => m.variant === 'A').length }])
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(400)
    // A definition that skipped the schema cannot smuggle a column name in either
    expect(() => compileReport({ ...def, groupBy: [hostile as 'day'] })).toThrow(/Not a report column/)
  })
})
