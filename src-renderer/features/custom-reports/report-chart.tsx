import type { ReactElement } from 'react'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatCount, formatDuration, formatPercent } from '../../lib/format'
import type { ChartData } from './chart-data'

// The Dashboard's colours, in the order its trend chart uses them
const colours = ['#1d5fa8', '#128c7e', '#25d366', '#b26a00', '#7fb9e6', '#c62828']
const axisTick = { fontSize: 12, fill: '#5b646b' }

/** A sentence that says what the chart shows, for screen readers (the plot itself is hidden from them). */
function summary(t: Translate, chart: ChartData): string {
  const words = valueWords(chart.values)
  const parts = chart.series.map((s) => {
    const values = chart.points.map((p) => p[s.key]).filter((v): v is number => typeof v === 'number')
    const top = values.length > 0 ? Math.max(...values) : null
    return top === null
      ? t('reports.chart.seriesEmpty', { name: s.name })
      : t('reports.chart.seriesTop', { name: s.name, top: words(top) })
  })
  return t('reports.chart.summary', {
    title: chart.title,
    count: chart.points.length,
    series: parts.join(t('reports.chart.seriesSeparator')),
  })
}

const valueWords =
  (values: ChartData['values']) =>
  (value: number): string =>
    values === 'rate' ? formatPercent(value) : values === 'time' ? formatDuration(value) : formatCount(value)

type PlotProps = { chart: ChartData; width?: number; height?: number }

function Plot({ chart, width, height }: PlotProps): ReactElement {
  const words = valueWords(chart.values)
  const size = width && height ? { width, height } : {}
  const axes = [
    <CartesianGrid key="grid" vertical={false} stroke="#e3e7ea" />,
    <XAxis key="x" dataKey="x" tick={axisTick} tickLine={false} axisLine={false} minTickGap={20} />,
    <YAxis
      key="y"
      allowDecimals={chart.values !== 'count'}
      tickFormatter={words}
      tick={axisTick}
      tickLine={false}
      axisLine={false}
      width={56}
    />,
    <Tooltip
      key="tip"
      cursor={{ fill: '#eef1f3' }}
      formatter={(value, name) => [words(Number(value)), name]}
    />,
    <Legend key="legend" iconType="plainline" itemSorter={null} wrapperStyle={{ fontSize: 13 }} />,
  ]
  const margin = { top: 8, right: 12, bottom: 0, left: 0 }
  if (chart.shape === 'line') {
    return (
      <LineChart {...size} data={chart.points} margin={margin} accessibilityLayer={false}>
        {axes}
        {chart.series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            type="linear"
            stroke={colours[i % colours.length]}
            strokeWidth={2}
            dot={chart.points.length <= 31 ? { r: 3 } : false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    )
  }
  return (
    <BarChart {...size} data={chart.points} margin={margin} barGap={3} accessibilityLayer={false}>
      {axes}
      {chart.series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={colours[i % colours.length]}
          radius={[3, 3, 0, 0]}
          maxBarSize={40}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  )
}

/**
 * The report as a chart: on screen it fills its box; on paper (`print`) it has a fixed size, since a page
 * being printed cannot be measured.
 */
export function ReportChart({ chart, print }: { chart: ChartData; print?: boolean }): ReactElement {
  const t = useT()
  return (
    <figure className="report-chart" aria-label={t('reports.chart.label', { title: chart.title })}>
      <figcaption className="report-chart__title">{chart.title}</figcaption>
      <p className="visually-hidden">{summary(t, chart)}</p>
      <div className="report-chart__plot" aria-hidden="true" data-shape={chart.shape}>
        {print ? (
          <Plot chart={chart} width={680} height={260} />
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <Plot chart={chart} />
          </ResponsiveContainer>
        )}
      </div>
      {chart.note ? <p className="report-chart__note muted">{chart.note}</p> : null}
    </figure>
  )
}
