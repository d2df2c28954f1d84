import type { ReportCell } from '../../../src-shared/domain/custom-reports'
import { categoryInfo } from '../../../src-shared/domain/error-categories'
import type { ReportGroup, ReportMeasure, ReportRowKind } from '../../../src-shared/domain/report-definitions'
import {
  isRateMeasure,
  isTimeMeasure,
  reportGroupLabels,
  reportMeasureLabels,
} from '../../../src-shared/domain/report-definitions'
import type { Translate } from '../../i18n/use-t'
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
// The names of row kinds, groups and measures come from the catalogue by id (reports.rows.<id>,
// reports.group.<id>, reports.measure.<id>); the English tables of report-definitions.ts are the CLI's.

/** "Messages", "Contacts"… */
export const rowKindLabel = (t: Translate, rows: ReportRowKind): string => t(`reports.rows.${rows}`)
/** "Day", "Sending number"… */
export const groupLabel = (t: Translate, group: ReportGroup): string => t(`reports.group.${group}`)
/** "Sent", "Reply rate"… */
export const measureLabel = (t: Translate, measure: ReportMeasure): string => t(`reports.measure.${measure}`)

// "2026-03" → "Mar 2026": the middle of the month, so that no time zone moves it to another one
const monthOf = (t: Translate, value: string): string => {
  const time = Date.parse(`${value}-15T12:00:00Z`)
  return Number.isNaN(time) ? value : t('reports.cells.month', { month: time })
}

const groupWords: Partial<
  Record<ReportGroup, (t: Translate, value: string | number, short: boolean) => string>
> = {
  day: (_t, v, short) => formatDay(String(v), { withYear: !short }),
  week: (t, v, short) =>
    short
      ? formatDay(String(v))
      : t('reports.cells.weekOf', { day: formatDay(String(v), { withYear: true }) }),
  month: (t, v) => monthOf(t, String(v)),
  hour: (_t, v) => formatHour(Number(v)),
  weekday: (t, v, short) =>
    /^[0-6]$/.test(String(v))
      ? t(short ? `reports.cells.weekdayShort.${v}` : `reports.cells.weekday.${v}`)
      : String(v),
  country: (t, v) =>
    /^[A-Z]{2}$/.test(String(v))
      ? countryName(String(v), '')
      : t('reports.cells.otherNumbers', { code: String(v) }),
  errorCategory: (t, v) =>
    Object.hasOwn(categoryInfo, String(v)) ? t(`campaigns.errorCategory.${v}.title`) : String(v),
}

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
export function columnLabel(t: Translate, column: string): string {
  if (isGroup(column)) return groupLabel(t, column)
  if (isMeasure(column)) return measureLabel(t, column)
  return column
}

/** A cell in words; `short` for a chart's axis. */
export function formatCell(t: Translate, column: string, value: ReportCell, short = false): string {
  const kind = columnKind(column)
  if (kind === 'group') {
    // What an empty group value means: no error
    if (value === null || value === '') return column === 'errorCategory' ? t('reports.cells.noError') : '—'
    const words = isGroup(column) ? groupWords[column] : undefined
    return words && typeof value !== 'boolean' ? words(t, value, short) : String(value)
  }
  if (typeof value !== 'number') return '—'
  if (kind === 'rate') return formatPercent(value)
  if (kind === 'time') return formatDuration(value)
  return formatCount(value)
}
