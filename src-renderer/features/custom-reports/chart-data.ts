import type { ReportCell } from '../../../src-shared/domain/custom-reports'
import type { Translate } from '../../i18n/use-t'
import type { ColumnKind } from './cells'
import { columnKind, columnLabel, formatCell, timeGroups } from './cells'
import { listed } from './describe'

export type ChartSeries = { key: string; name: string }
export type ChartPoint = { x: string } & Record<string, number | string | null>

/** What the chart draws: the report's rows as points along its first group, one line or bar per series. */
export type ChartData = {
  shape: 'line' | 'bar'
  points: ChartPoint[]
  series: ChartSeries[]
  /** How the values read (the axis and the tooltip). */
  values: Exclude<ColumnKind, 'group'>
  /** "Sent by day and variant". */
  title: string
  /** What the chart leaves out, in words; null when nothing. */
  note: string | null
}

/** The most series one chart shows before it stops being readable. */
export const maxSeries = 6

const numberOr = (value: ReportCell): number | null => (typeof value === 'number' ? value : null)

/** Up to four measures of the first one's kind (a count and a rate do not share an axis), along one group. */
function measuresAlong(t: Translate, columns: string[], rows: ReportCell[][], groups: number): ChartData {
  const measures = columns.map((column, index) => ({ column, index, kind: columnKind(column) })).slice(groups)
  const kind = measures[0]!.kind as ChartData['values']
  const drawn = measures.filter((m) => m.kind === kind).slice(0, 4)
  const series = drawn.map((m, i) => ({ key: `s${i}`, name: columnLabel(t, m.column) }))
  const points = rows.map((row) => {
    const point: ChartPoint = {
      x: groups === 0 ? t('reports.chart.all') : formatCell(t, columns[0]!, row[0] ?? null, true),
    }
    drawn.forEach((m, i) => (point[`s${i}`] = numberOr(row[m.index] ?? null)))
    return point
  })
  const left = measures.length - drawn.length
  const names = listed(
    t,
    series.map((s) => s.name),
  )
  return {
    shape: groups === 1 && timeGroups.has(columns[0]!) && points.length > 1 ? 'line' : 'bar',
    points,
    series,
    values: kind,
    title:
      groups === 0
        ? names
        : t('reports.chart.titleBy', {
            measures: names,
            group: columnLabel(t, columns[0]!).toLocaleLowerCase(),
          }),
    note: left > 0 ? t('reports.chart.noteSomeMeasures', { measures: names }) : null,
  }
}

/** The first measure along the first group, one series for each value of the second group. */
function splitBySecond(
  t: Translate,
  columns: string[],
  rows: ReportCell[][],
  groups: number,
): ChartData | null {
  const measure = columns[groups]!
  const kind = columnKind(measure) as ChartData['values']
  // Counts add up over a third group; a rate or a time of the parts says nothing of the whole
  if (groups > 2 && kind !== 'count') return null
  const weight = new Map<string, number>()
  for (const row of rows) {
    const name = formatCell(t, columns[1]!, row[1] ?? null)
    weight.set(name, (weight.get(name) ?? 0) + Math.abs(numberOr(row[groups] ?? null) ?? 0))
  }
  const kept = [...weight.keys()]
    .sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0))
    .slice(0, maxSeries)
  const series = kept.map((name, i) => ({ key: `s${i}`, name }))
  const points = new Map<string, ChartPoint>()
  for (const row of rows) {
    const x = formatCell(t, columns[0]!, row[0] ?? null, true)
    const index = kept.indexOf(formatCell(t, columns[1]!, row[1] ?? null))
    if (index < 0) continue
    const point = points.get(x) ?? { x }
    const value = numberOr(row[groups] ?? null)
    const before = point[`s${index}`]
    point[`s${index}`] =
      typeof before === 'number' && value !== null ? before + value : (value ?? before ?? null)
    points.set(x, point)
  }
  const second = columnLabel(t, columns[1]!).toLocaleLowerCase()
  const third = groups > 2 ? columnLabel(t, columns[2]!).toLocaleLowerCase() : ''
  const largest = weight.size > maxSeries
  const noteValues = { largest: maxSeries, values: weight.size, group: second, added: third }
  return {
    shape: timeGroups.has(columns[0]!) && points.size > 1 ? 'line' : 'bar',
    points: [...points.values()],
    series,
    values: kind,
    title: t('reports.chart.titleByTwo', {
      measure: columnLabel(t, measure),
      group: columnLabel(t, columns[0]!).toLocaleLowerCase(),
      second,
    }),
    note:
      largest && third
        ? t('reports.chart.noteLargestAdded', noteValues)
        : largest
          ? t('reports.chart.noteLargest', noteValues)
          : third
            ? t('reports.chart.noteAdded', noteValues)
            : null,
  }
}

/** The chart of a report's rows; null when there is nothing a chart can say. */
export function chartOf(t: Translate, columns: string[], rows: ReportCell[][]): ChartData | null {
  const groups = columns.filter((c) => columnKind(c) === 'group').length
  if (rows.length === 0 || groups >= columns.length) return null
  return groups >= 2 ? splitBySecond(t, columns, rows, groups) : measuresAlong(t, columns, rows, groups)
}
