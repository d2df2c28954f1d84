import type { ErrorCategory } from '../../../src-shared/domain/campaigns'
import type { ReportCell } from '../../../src-shared/domain/custom-reports'
import { categoryInfo } from '../../../src-shared/domain/error-categories'
import type { ReportGroup, ReportMeasure } from '../../../src-shared/domain/report-definitions'
import {
  isRateMeasure,
  isTimeMeasure,
  reportGroupLabels,
  reportMeasureLabels,
} from '../../../src-shared/domain/report-definitions'
import {
  countryName,
  formatCount,
  formatDay,
  formatDuration,
  formatHour,
  formatPercent,
} from '../../lib/format'

// How the report's cells read on screen and on paper: each group's values in the Dashboard's words, each
// measure as a count, a percentage or a duration. A column the builder does not know yet reads as it comes.

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const monthOf = (value: string): string => {
  const time = Date.parse(`${value}-01T00:00:00Z`)
  return Number.isNaN(time)
    ? value
    : new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(time)
}

const groupWords: Partial<Record<ReportGroup, (value: string | number, short: boolean) => string>> = {
  day: (v, short) => formatDay(String(v), { withYear: !short }),
  week: (v, short) => (short ? formatDay(String(v)) : `Week of ${formatDay(String(v), { withYear: true })}`),
  month: (v) => monthOf(String(v)),
  hour: (v) => formatHour(Number(v)),
  weekday: (v, short) => {
    const day = weekdays[Number(v)] ?? String(v)
    return short ? day.slice(0, 3) : day
  },
  country: (v) => (/^[A-Z]{2}$/.test(String(v)) ? countryName(String(v), '') : `Other numbers (${v})`),
  errorCategory: (v) => categoryInfo[v as ErrorCategory]?.label ?? String(v),
}

/** What an empty group value means: no error, no variant… */
const emptyWords: Partial<Record<ReportGroup, string>> = { errorCategory: 'No error' }

/** Groups whose values follow one another in time: the chart draws them as a line. */
export const timeGroups: ReadonlySet<string> = new Set<ReportGroup>(['day', 'week', 'month', 'hour'])

const isGroup = (column: string): column is ReportGroup => Object.hasOwn(reportGroupLabels, column)
const isMeasure = (column: string): column is ReportMeasure => Object.hasOwn(reportMeasureLabels, column)

export type ColumnKind = 'group' | 'count' | 'rate' | 'time'

/** A group's values, or a measure: a count, a share (a percentage) or a time in seconds (a duration). */
export function columnKind(column: string): ColumnKind {
  if (isGroup(column) || !isMeasure(column)) return 'group'
  if (isRateMeasure(column)) return 'rate'
  return isTimeMeasure(column) ? 'time' : 'count'
}

/** A column's heading: "Sent", "Reply rate", "Day". */
export function columnLabel(column: string): string {
  if (isGroup(column)) return reportGroupLabels[column]
  if (isMeasure(column)) return reportMeasureLabels[column]
  return column
}

/** A cell in words; `short` for a chart's axis. */
export function formatCell(column: string, value: ReportCell, short = false): string {
  const kind = columnKind(column)
  if (kind === 'group') {
    if (value === null || value === '') return (isGroup(column) && emptyWords[column]) || '—'
    const words = isGroup(column) ? groupWords[column] : undefined
    return words && typeof value !== 'boolean' ? words(value, short) : String(value)
  }
  if (typeof value !== 'number') return '—'
  if (kind === 'rate') return formatPercent(value)
  if (kind === 'time') return formatDuration(value)
  return formatCount(value)
}
