import type { Database } from 'better-sqlite3'
import type { ReportDefinition, ReportMeasure } from '../../src-shared/domain/report-definitions'
import { interpolate, percentileRanks } from '../analytics/stats'
import { groupSql, needsOf, outerFrom } from './report-groups'
import type { MonthSplit } from './report-months'
import { edgeClauses, monthClauses, monthSplit } from './report-months'
import type { RawKey, ReportParams, Source, SourceName } from './report-sources'
import { filterClauses, filtersFit, messages, monthOf, weekOf } from './report-sources'

// Median and 90th-percentile times, per group: R's type 7 over the messages that have both times, as the
// Dashboard computes them (analytics/stats.ts). Two ways, with the same result:
// - rollup: each group's histogram of times (8 buckets per doubling) says which bucket holds each rank;
//   only those buckets are read, in order, from the stage's index (messages_time_to_*). The histograms
//   per campaign, day and number of insight_durations, or per month and number prefix (country) of
//   insight_prefix_durations, the edges of the period from the messages (report-months.ts).
// - messages: every time of the filtered messages, ranked per group; for groups and filters that
//   neither holds (variant, hour, status, a country with a campaign…).

const stages = {
  deliver: 'delivered_at',
  read: 'read_at',
  reply: 'replied_at',
} as const
export type Stage = keyof typeof stages

const timeMeasures: Partial<Record<ReportMeasure, { stage: Stage; p: number }>> = {
  medianDeliverSeconds: { stage: 'deliver', p: 0.5 },
  p90DeliverSeconds: { stage: 'deliver', p: 0.9 },
  medianReadSeconds: { stage: 'read', p: 0.5 },
  p90ReadSeconds: { stage: 'read', p: 0.9 },
  medianReplySeconds: { stage: 'reply', p: 0.5 },
  p90ReplySeconds: { stage: 'reply', p: 0.9 },
}

export type TimeQuery = {
  stage: Stage
  /** The measures of this stage the report asks for, each with its quantile. */
  measures: { measure: ReportMeasure; p: number }[]
  path: 'rollup' | 'messages'
  /** rollup: the table of the histograms. */
  from?: SourceName
  /** rollup: (g, bucket, n) per group and bucket. */
  histogram?: { sql: string; params: ReportParams }
  /** rollup: (g, bucket, k, d) at the @targets; messages: (raw keys…, d) of every message with a time. */
  values: { sql: string; params: ReportParams }
  /** messages: (i, g), the group of the i-th tuple of raw keys in @tuples. */
  groups?: { sql: string; params: ReportParams }
}

// These two must stay the expressions of the messages_time_to_* indexes (migrations 0006 and 0019), as
// in analytics-sql.ts, for SQLite to read the values in order from them.
const seconds = (column: string): string => `((julianday(m.${column}) - julianday(m.sent_at)) * 86400.0)`
const bucket = (column: string): string =>
  `coalesce(CASE WHEN ${seconds(column)} < 1 THEN 0 ELSE 1 + CAST(log2(${seconds(column)}) * 8 AS INTEGER) END, 0)`

const durationsRollup: Source = {
  name: 'insight_durations',
  from: 'insight_durations r',
  where: 'r.stage = @stage',
  keys: {
    campaign: 'r.campaign_id',
    account: 'r.account_id',
    day: 'r.day',
    week: weekOf('r.day'),
    month: monthOf('r.day'),
  },
  counts: {},
  columns: { campaign: 'r.campaign_id', account: 'r.account_id' },
  period: 'r.day >= substr(@from, 1, 10) AND r.day < substr(@to, 1, 10)',
}

/** Per stage, kind of campaign, month of queueing and number prefix (migration 0026). */
const prefixDurations: Source = {
  name: 'insight_prefix_durations',
  from: 'insight_prefix_durations r',
  where: 'r.stage = @stage',
  keys: { month: 'r.month', prefix: 'r.prefix' },
  counts: {},
  columns: {},
  period: 'r.month >= @monthFrom AND r.month < @monthTo',
  dryRun: 'r.dry_run = @dryRun',
  months: true,
}

const groupKeys = (def: ReportDefinition): string =>
  `json_array(${def.groupBy.map((g) => groupSql[g].key).join(', ')})`

const rawSelect = (source: Source, keys: readonly RawKey[]): string[] =>
  keys.map((k) => `${source.keys[k] ?? 'NULL'} AS ${k}`)

type Histograms = { source: Source; split?: MonthSplit }

/** The groups' histograms: the rollup's rows, and by month, those of the messages at the period's edges. */
function histogramBase(
  def: ReportDefinition,
  stage: Stage,
  keys: RawKey[],
  h: Histograms,
  params: ReportParams,
): string {
  const { source, split } = h
  const rows = (where: string[]): string =>
    `SELECT ${[...rawSelect(source, keys), 'r.bucket AS bucket', 'r.n AS n'].join(', ')}
      FROM ${source.from} WHERE ${where.join(' AND ')}`
  if (!split) return rows(filterClauses(source, def, params))
  const column = stages[stage]
  // Unary + keeps SQLite off the partial time index: the edge days are a range of the analytics index
  const edges = edgeClauses(def, params, split).map(
    (clauses) => `SELECT ${[...rawSelect(messages, keys), `${bucket(column)} AS bucket`, '1 AS n'].join(', ')}
      FROM messages m WHERE +m.${column} IS NOT NULL AND +m.sent_at IS NOT NULL AND ${clauses.join(' AND ')}`,
  )
  return [rows(monthClauses(source, def, params, split)), ...edges].join(' UNION ALL ')
}

/** The rollup path: the groups' histograms, then the values at the ranks they point to. */
function viaRollup(
  def: ReportDefinition,
  stage: Stage,
  keys: RawKey[],
  joins: ReturnType<typeof needsOf>['joins'],
  h: Histograms,
  prefixCountries: Readonly<Record<string, string>>,
): Pick<TimeQuery, 'histogram' | 'values' | 'from'> {
  const column = stages[stage]
  const hParams: ReportParams = { stage }
  const hBase = histogramBase(def, stage, keys, h, hParams)
  const hOuter = outerFrom(hBase, def, joins, hParams, prefixCountries)
  const grouped = [...def.groupBy.map((g) => groupSql[g].key), 'b.bucket']
  const histogram = `${hOuter.with} SELECT ${groupKeys(def)} AS g, b.bucket AS bucket, sum(b.n) AS n
    ${hOuter.from} GROUP BY ${grouped.join(', ')} ORDER BY g, bucket`

  const vParams: ReportParams = {}
  const vWhere = [
    `m.${column} IS NOT NULL AND m.sent_at IS NOT NULL`,
    `${bucket(column)} IN (SELECT bucket FROM t)`,
    ...filterClauses(messages, def, vParams),
  ]
  const vBase = `SELECT ${[...rawSelect(messages, keys), `${bucket(column)} AS bucket`, `${seconds(column)} AS d`].join(', ')}
    FROM messages m INDEXED BY messages_time_to_${stage} WHERE ${vWhere.join(' AND ')}`
  const vOuter = outerFrom(vBase, def, joins, vParams, prefixCountries)
  // The countries of the prefixes, when a group or the filter needs them, then the targets
  const values = `${vOuter.with ? `${vOuter.with},` : 'WITH'} t AS (SELECT value ->> 0 AS g, value ->> 1 AS bucket, value ->> 2 AS k FROM json_each(@targets)),
    v AS (SELECT ${groupKeys(def)} AS g, b.bucket AS bucket, b.d AS d ${vOuter.from})
    SELECT g, bucket, k, d FROM (
      SELECT g, bucket, d, row_number() OVER (PARTITION BY g, bucket ORDER BY d) - 1 AS k FROM v
      WHERE (g, bucket) IN (SELECT g, bucket FROM t))
    WHERE (g, bucket, k) IN (SELECT g, bucket, k FROM t)`
  return {
    from: h.source.name,
    histogram: { sql: histogram, params: hParams },
    values: { sql: values, params: vParams },
  }
}

/**
 * The messages path: every time of the filtered messages with its raw keys (`values`), sorted per group
 * in JavaScript; `groups` names the group of each distinct tuple of raw keys (@tuples, a JSON array of
 * arrays), or leaves it out when the countries filter drops it.
 */
function viaMessages(
  def: ReportDefinition,
  stage: Stage,
  keys: RawKey[],
  joins: ReturnType<typeof needsOf>['joins'],
  prefixCountries: Readonly<Record<string, string>>,
): Pick<TimeQuery, 'values' | 'groups'> {
  const column = stages[stage]
  const params: ReportParams = {}
  // Unary + keeps SQLite off the partial time index here: it would fetch every row's other columns
  const where = [
    `+m.${column} IS NOT NULL AND +m.sent_at IS NOT NULL`,
    ...filterClauses(messages, def, params),
  ]
  const values = `SELECT ${[...keys.map((k) => messages.keys[k] ?? 'NULL'), seconds(column)].join(', ')}
    FROM messages m WHERE ${where.join(' AND ')}`
  const gParams: ReportParams = {}
  const tuples = `SELECT key AS i, ${keys.map((k, i) => `value ->> ${i} AS ${k}`).join(', ') || 'NULL AS none'}
    FROM json_each(@tuples)`
  const outer = outerFrom(tuples, def, joins, gParams, prefixCountries)
  const groups = `${outer.with} SELECT b.i, ${groupKeys(def)} ${outer.from}`
  return { values: { sql: values, params }, groups: { sql: groups, params: gParams } }
}

/** What insight_durations can answer: its keys are campaign, day of queueing and number. */
const rollupGroups = new Set(['day', 'week', 'month', 'campaign', 'template', 'account'])

/** The histograms that answer the definition's times, if any. */
function histogramsFor(def: ReportDefinition, keys: RawKey[]): Histograms | undefined {
  const f = def.filters
  if (f.statuses !== undefined || f.variants !== undefined) return undefined
  if (def.groupBy.every((g) => rollupGroups.has(g)) && f.countries === undefined)
    return { source: durationsRollup }
  const split = monthSplit(f)
  if (split && keys.every((k) => prefixDurations.keys[k] !== undefined) && filtersFit(prefixDurations, def))
    return { source: prefixDurations, split }
  return undefined
}

/** One query (or two) per stage whose times the report asks for. */
export function compileTimes(
  def: ReportDefinition,
  prefixCountries: Readonly<Record<string, string>>,
  messagesOnly: boolean,
): TimeQuery[] {
  const { keys, joins } = needsOf(def)
  const timeKeys = keys.filter((k) => k !== 'contact')
  const rollup = messagesOnly ? undefined : histogramsFor(def, timeKeys)
  const byStage = new Map<Stage, TimeQuery['measures']>()
  for (const measure of def.measures) {
    const time = timeMeasures[measure]
    if (time) byStage.set(time.stage, [...(byStage.get(time.stage) ?? []), { measure, p: time.p }])
  }
  return [...byStage].map(([stage, measures]) =>
    rollup
      ? {
          stage,
          measures,
          path: 'rollup' as const,
          ...viaRollup(def, stage, timeKeys, joins, rollup, prefixCountries),
        }
      : {
          stage,
          measures,
          path: 'messages' as const,
          ...viaMessages(def, stage, timeKeys, joins, prefixCountries),
        },
  )
}

type Ranked = Map<number, number>

/** The quantiles of one group from its values at ranks (milliseconds), in seconds to the millisecond. */
function quantiles(
  n: number,
  at: Ranked,
  measures: TimeQuery['measures'],
): Partial<Record<ReportMeasure, number>> {
  const out: Partial<Record<ReportMeasure, number>> = {}
  for (const { measure, p } of measures) {
    const [low, high] = percentileRanks(n, p)
    out[measure] = Math.round(interpolate(n, p, at.get(low) ?? 0, at.get(high) ?? 0)) / 1000
  }
  return out
}

const ms = (seconds: number): number => Math.round(seconds * 1000)

type Tuple = { tuple: unknown[]; values: number[] }

/** The messages path's times in milliseconds, in order, per group key. */
function sortedByGroup(db: Database, q: TimeQuery): Map<string, Float64Array> {
  const rows = db.prepare(q.values.sql).raw(true).all(q.values.params) as unknown[][]
  // One map level per raw key (Map keeps 1, '1' and null apart): no string built per row
  const root = new Map<unknown, unknown>()
  const entries: Tuple[] = []
  for (const row of rows) {
    let level = root
    const last = row.length - 2
    for (let i = 0; i < last; i++) {
      let next = level.get(row[i]) as Map<unknown, unknown> | undefined
      if (!next) level.set(row[i], (next = new Map()))
      level = next
    }
    let entry = level.get(row[last]) as Tuple | undefined
    if (!entry) {
      entry = { tuple: row.slice(0, -1), values: [] }
      level.set(row[last], entry)
      entries.push(entry)
    }
    entry.values.push(ms(row[row.length - 1] as number))
  }
  const byGroup = new Map<string, number[][]>()
  if (q.groups && entries.length > 0) {
    const params = { ...q.groups.params, tuples: JSON.stringify(entries.map((e) => e.tuple)) }
    for (const [i, g] of db.prepare(q.groups.sql).raw(true).all(params) as [number, string][]) {
      const lists = byGroup.get(g) ?? []
      lists.push(entries[i]?.values ?? [])
      byGroup.set(g, lists)
    }
  }
  const sorted = new Map<string, Float64Array>()
  for (const [g, lists] of byGroup) sorted.set(g, Float64Array.from(lists.flat()).sort())
  return sorted
}

/** Runs one stage's queries: its measures per group key (the JSON array of the group's keys). */
export function runTimes(db: Database, q: TimeQuery): Map<string, Partial<Record<ReportMeasure, number>>> {
  const result = new Map<string, Partial<Record<ReportMeasure, number>>>()
  if (q.path === 'messages') {
    for (const [g, sorted] of sortedByGroup(db, q)) {
      const at: Ranked = new Map()
      for (const { p } of q.measures)
        for (const rank of percentileRanks(sorted.length, p)) at.set(rank, sorted[rank] ?? 0)
      result.set(g, quantiles(sorted.length, at, q.measures))
    }
    return result
  }
  const histogram = q.histogram
  if (!histogram) return result
  const bars = db.prepare(histogram.sql).raw(true).all(histogram.params) as [string, number, number][]
  const groups = new Map<string, { n: number; bars: [number, number][] }>()
  for (const [g, b, n] of bars) {
    const group = groups.get(g) ?? { n: 0, bars: [] }
    group.n += n
    group.bars.push([b, n])
    groups.set(g, group)
  }
  // Each rank a quantile reads becomes (bucket, rank within the bucket)
  const targets: [string, number, number][] = []
  const where = new Map<string, Map<number, string>>()
  for (const [g, { n, bars: buckets }] of groups) {
    const ranks = new Set(q.measures.flatMap(({ p }) => percentileRanks(n, p)))
    const places = new Map<number, string>()
    let before = 0
    for (const [b, count] of buckets) {
      for (const rank of ranks) {
        if (rank >= before && rank < before + count) {
          targets.push([g, b, rank - before])
          places.set(rank, `${b}:${rank - before}`)
        }
      }
      before += count
    }
    where.set(g, places)
  }
  const found = new Map<string, number>()
  if (targets.length > 0) {
    const params = { ...q.values.params, targets: JSON.stringify(targets) }
    const rows = db.prepare(q.values.sql).raw(true).all(params) as [string, number, number, number][]
    for (const [g, b, k, d] of rows) found.set(`${g}\n${b}:${k}`, ms(d))
  }
  for (const [g, { n }] of groups) {
    const at: Ranked = new Map()
    for (const [rank, place] of where.get(g) ?? []) at.set(rank, found.get(`${g}\n${place}`) ?? 0)
    result.set(g, quantiles(n, at, q.measures))
  }
  return result
}
