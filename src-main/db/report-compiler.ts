import type {
  ReportDefinition,
  ReportGroup,
  ReportMeasure,
  ReportRowKind,
} from '../../src-shared/domain/report-definitions'
import { isTimeMeasure } from '../../src-shared/domain/report-definitions'
import { groupSql, needsOf, outerFrom } from './report-groups'
import { compileTimes } from './report-times'
import type { TimeQuery } from './report-times'
import type { CountColumn, RawKey, ReportParams, Source, SourceName } from './report-sources'
import {
  baseSql,
  contactsRollup,
  filterClauses,
  filtersFit,
  messages,
  hoursRollup,
  optOuts,
  prefixRollup,
  replies,
  statusRollup,
} from './report-sources'
import type { MonthSplit } from './report-months'
import { edgeClauses, monthClauses, monthSplit } from './report-months'

export type { ReportParams } from './report-sources'
export type Query = { sql: string; params: ReportParams }

/**
 * A compiled report. `counts` returns, per group, the group's key (a JSON array), its labels, then every
 * measure that is not a time, in the definition's order; each of `times` gives one stage's percentiles.
 * Only allow-listed expressions are in the SQL text: every value of the definition is bound.
 */
export type CompiledReport = {
  columns: string[]
  /** Group columns then measure columns, as in the definition. */
  groups: readonly ReportGroup[]
  measures: readonly ReportMeasure[]
  /** The table that answers the counts: a rollup when it can, else the messages (or the replies). */
  source: SourceName
  counts: Query
  times: TimeQuery[]
}

type MeasureSql = { counts: CountColumn[]; sql: string }
const total = (c: CountColumn): string => `coalesce(sum(b.${c}), 0)`
// A contact counts at a stage when any of its messages reached it
const contactsAt = (c: CountColumn): string => `count(DISTINCT CASE WHEN b.${c} > 0 THEN b.contact END)`
const ratio = (part: string, whole: string): string =>
  `CASE WHEN ${whole} = 0 THEN NULL ELSE 1.0 * ${part} / (${whole}) END`

/** The measures of messages (or of contacts, counted once each): stage counts and the rates of rates.ts. */
function stageMeasures(count: (c: CountColumn) => string): Partial<Record<ReportMeasure, MeasureSql>> {
  const of = (c: CountColumn): MeasureSql => ({ counts: [c], sql: count(c) })
  const rate = (part: CountColumn, whole: CountColumn[]): MeasureSql => ({
    counts: [part, ...whole],
    sql: ratio(count(part), whole.map(count).join(' + ')),
  })
  return {
    sent: of('sent'),
    delivered: of('delivered'),
    read: of('read'),
    replied: of('replied'),
    failed: of('failed'),
    skipped: of('skipped'),
    optedOut: of('opted'),
    successRate: rate('sent', ['sent', 'failed']),
    deliveryRate: rate('delivered', ['sent']),
    readRate: rate('read', ['sent']),
    replyRate: rate('replied', ['sent']),
    optOutRate: rate('opted', ['sent']),
  }
}

const people = 'count(DISTINCT b.contact)'
const measureSql: Record<ReportRowKind, Partial<Record<ReportMeasure, MeasureSql>>> = {
  messages: { messages: { counts: ['n'], sql: total('n') }, ...stageMeasures(total) },
  campaigns: {
    campaigns: { counts: [], sql: 'count(DISTINCT b.campaign)' },
    finished: { counts: [], sql: "count(DISTINCT CASE WHEN c.status = 'completed' THEN b.campaign END)" },
    messages: { counts: ['n'], sql: total('n') },
    ...stageMeasures(total),
  },
  contacts: { contacts: { counts: [], sql: people }, ...stageMeasures(contactsAt) },
  replies: {
    replies: { counts: ['n'], sql: total('n') },
    contacts: { counts: [], sql: people },
    leads: { counts: ['lead'], sql: contactsAt('lead') },
    optedOut: { counts: ['opted'], sql: contactsAt('opted') },
    leadRate: { counts: ['lead'], sql: ratio(contactsAt('lead'), people) },
    optOutRate: { counts: ['opted'], sql: ratio(contactsAt('opted'), people) },
  },
}

// `n` always: a report of times alone still lists its groups; opt-outs by reply come last (see compileReport)
function countsNeeded(def: ReportDefinition): CountColumn[] {
  const table = measureSql[def.rows]
  const counts = new Set<CountColumn>(['n', ...def.measures.flatMap((m) => table[m]?.counts ?? [])])
  return [...counts].sort((a, b) => Number(a === 'opted') - Number(b === 'opted'))
}

const fits = (source: Source, def: ReportDefinition, keys: RawKey[], counts: CountColumn[]): boolean =>
  keys.every((k) => source.keys[k] !== undefined) &&
  counts.every((c) => c === 'opted' || source.counts[c] !== undefined) &&
  filtersFit(source, def) &&
  (!source.months || monthSplit(def.filters) !== undefined)

/** The source of the base rows: a rollup when one holds every key, count and filter the report needs. */
function sourceFor(def: ReportDefinition, keys: RawKey[], counts: CountColumn[], only?: 'messages'): Source {
  if (def.rows === 'replies') return replies
  if (only === 'messages') return messages
  const rollups = def.rows === 'contacts' ? [contactsRollup] : [statusRollup, prefixRollup, hoursRollup]
  return rollups.find((s) => fits(s, def, keys, counts)) ?? messages
}

/** The base rows of a month rollup, and those of the messages at the edges of the period. */
function monthBase(
  source: Source,
  split: MonthSplit,
  def: ReportDefinition,
  keys: RawKey[],
  counts: CountColumn[],
  params: ReportParams,
): string {
  const parts = [baseSql(source, keys, counts, monthClauses(source, def, params, split))]
  for (const clauses of edgeClauses(def, params, split)) parts.push(baseSql(messages, keys, counts, clauses))
  return parts.join(' UNION ALL ')
}

export type CompileOptions = {
  /** 'messages' ignores the rollups (the tests and the benchmark compare both paths). */
  source?: 'auto' | 'messages'
}

/**
 * Compiles a parsed definition. `prefixCountries` tells the country of each 5-character number prefix
 * (outside SQL, as the Dashboard does); it is read only by reports that group or filter by country.
 */
export function compileReport(
  def: ReportDefinition,
  prefixCountries: Readonly<Record<string, string>> = {},
  options: CompileOptions = {},
): CompiledReport {
  // Only names from the allow-lists ever reach the SQL text, even from a caller that skipped the schema
  for (const name of def.groupBy)
    if (!Object.hasOwn(groupSql, name)) throw new Error(`Not a report column: ${JSON.stringify(name)}`)
  const table = measureSql[def.rows]
  for (const name of def.measures)
    if (!Object.hasOwn(table, name) && !isTimeMeasure(name))
      throw new Error(`Not a report column: ${JSON.stringify(name)}`)

  const params: ReportParams = {}
  const { keys, joins } = needsOf(def)
  const counts = countsNeeded(def)
  const source = sourceFor(def, keys, counts, options.source === 'messages' ? 'messages' : undefined)
  const split = source.months && monthSplit(def.filters)
  let base = split
    ? monthBase(source, split, def, keys, counts, params)
    : baseSql(source, keys, counts, filterClauses(source, def, params))
  // Opt-outs by reply are few: read through their index and added as base rows of their own
  if (counts.includes('opted') && source !== replies)
    base += ` UNION ALL ${baseSql(optOuts, keys, counts, filterClauses(optOuts, def, params))}`
  const outer = outerFrom(base, def, joins, params, prefixCountries)
  const groupKeys = def.groupBy.map((g) => groupSql[g].key)
  const select = [
    `json_array(${groupKeys.join(', ')}) AS g`,
    ...def.groupBy.map((g) => `${groupSql[g].label ?? groupSql[g].key} AS "${g}"`),
    ...def.measures.filter((m) => !isTimeMeasure(m)).map((m) => `${table[m]?.sql ?? 'NULL'} AS "${m}"`),
  ]
  // A group exists when it has a message (or a reply): a rollup's complement rows may sum to nothing
  const sql = `${outer.with} SELECT ${select.join(', ')} ${outer.from}
    ${groupKeys.length > 0 ? `GROUP BY ${groupKeys.join(', ')} HAVING sum(b.n) > 0 ORDER BY ${groupKeys.join(', ')}` : ''}`
  return {
    columns: [...def.groupBy, ...def.measures],
    groups: def.groupBy,
    measures: def.measures,
    source: source.name,
    counts: { sql, params },
    times: compileTimes(def, prefixCountries, options.source === 'messages'),
  }
}

/** The 5-character number prefixes with one number of each (the smallest), for telling countries. */
export const prefixSamplesSql = 'SELECT prefix, min(sample) AS sample FROM insight_prefix GROUP BY prefix'

/** The same, with the prefixes of people who replied that no message has (replies reports). */
export const replyPrefixSamplesSql = `${prefixSamplesSql}
  UNION ALL SELECT substr(phone_e164, 1, 5), min(phone_e164) FROM conversations
  WHERE substr(phone_e164, 1, 5) NOT IN (SELECT prefix FROM insight_prefix) GROUP BY 1`
