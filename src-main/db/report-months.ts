import type { ReportDefinition } from '../../src-shared/domain/report-definitions'
import { periodBounds } from '../analytics/analytics-service'
import type { ReportParams, Source } from './report-sources'
import { filterClauses, messages } from './report-sources'

// The rollups by month of queueing (migration 0026: contacts, and times by number prefix) answer the
// whole months of a report's period. The days at its edges — a period from the 10th, or until the 20th —
// are read from the messages, as base rows beside the rollup's: a contact there counts once all the
// same, since the outer layer counts contacts as distinct, and histograms add up. A period with no whole
// month in it (within one month) is left to the messages alone.

/** A period as whole months [from, to) (none: all of them) and the days before and after them. */
export type MonthSplit = {
  months?: { from: string; to: string }
  edges: { from: string; to: string }[]
}

function nextMonth(month: string): string {
  const [year = 0, number = 0] = month.split('-').map(Number)
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
}

const startOf = (month: string): string => `${month}-01T00:00:00.000Z`

/** How a month rollup answers the definition's period; undefined when no whole month is in it. */
export function monthSplit(filters: ReportDefinition['filters']): MonthSplit | undefined {
  const { since, until } = filters
  if (since === undefined && until === undefined) return { edges: [] }
  // [from, to): from the start of `since`, to the start of the day after `until`
  const { from, to } = periodBounds({ since, until })
  const first =
    since === undefined ? '' : since.endsWith('-01') ? since.slice(0, 7) : nextMonth(since.slice(0, 7))
  const last = until === undefined ? '\uffff' : to.slice(0, 7)
  if (first >= last) return undefined
  const edges: MonthSplit['edges'] = []
  if (since !== undefined && !since.endsWith('-01')) edges.push({ from, to: startOf(first) })
  if (until !== undefined && !to.slice(0, 10).endsWith('-01')) edges.push({ from: startOf(last), to })
  return { months: { from: first, to: last }, edges }
}

/** The definition without its period, which the month rollups and the edges each bound their own way. */
function withoutPeriod(def: ReportDefinition): ReportDefinition {
  return { ...def, filters: { ...def.filters, since: undefined, until: undefined } }
}

/** A month rollup's WHERE clauses: the definition's filters, its period as whole months. */
export function monthClauses(
  source: Source,
  def: ReportDefinition,
  params: ReportParams,
  split: MonthSplit,
): string[] {
  const clauses = filterClauses(source, withoutPeriod(def), params)
  if (split.months) {
    Object.assign(params, { monthFrom: split.months.from, monthTo: split.months.to })
    clauses.push(source.period)
  }
  return clauses
}

/** The WHERE clauses of the messages of each edge of the period. */
export function edgeClauses(def: ReportDefinition, params: ReportParams, split: MonthSplit): string[][] {
  return split.edges.map((edge, i) => {
    params[`edgeFrom${i}`] = edge.from
    params[`edgeTo${i}`] = edge.to
    const clauses = filterClauses(messages, withoutPeriod(def), params)
    return [...clauses, `m.queued_at >= @edgeFrom${i} AND m.queued_at < @edgeTo${i}`]
  })
}
