import type { ReactElement } from 'react'
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
import type { Analytics } from '../../../src-shared/domain/analytics'
import { formatCount, formatDay } from '../../lib/format'
import { Card } from '../../ui/card'
import { fillDays } from './trend-data'
import type { DayPoint } from './trend-data'

const series: { key: 'sent' | 'delivered' | 'read' | 'replied' | 'failed'; name: string; color: string }[] = [
  { key: 'sent', name: 'Sent', color: '#1d5fa8' },
  { key: 'delivered', name: 'Delivered', color: '#7fb9e6' },
  { key: 'read', name: 'Read', color: '#128c7e' },
  { key: 'replied', name: 'Replied', color: '#25d366' },
  { key: 'failed', name: 'Failed', color: '#c62828' },
]

const axisTick = { fontSize: 12, fill: '#5b646b' }
/** Below this many days a line has too few points to read; bars side by side say more. */
const fewDays = 4

function summary(days: DayPoint[]): string {
  const sent = days.reduce((sum, d) => sum + d.sent, 0)
  const busiest = days.reduce((best, d) => (d.sent > best.sent ? d : best), days[0] ?? { date: '', sent: 0 })
  return `${formatCount(sent)} messages sent over ${days.length} days; the busiest day was ${formatDay(busiest.date, { withYear: true })} with ${formatCount(busiest.sent)}.`
}

function Plot({ days }: { days: DayPoint[] }): ReactElement {
  const withYear = days[0]?.date.slice(0, 4) !== days.at(-1)?.date.slice(0, 4)
  const axes = [
    <CartesianGrid key="grid" vertical={false} stroke="#e3e7ea" />,
    <XAxis
      key="x"
      dataKey="date"
      tickFormatter={(date: string) => formatDay(date, { withYear })}
      tick={axisTick}
      tickLine={false}
      axisLine={false}
      minTickGap={28}
    />,
    <YAxis key="y" allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} />,
    <Tooltip
      key="tip"
      cursor={{ fill: '#eef1f3' }}
      labelFormatter={(date) => (typeof date === 'string' ? formatDay(date, { withYear: true }) : '')}
      formatter={(value, name) => [formatCount(Number(value)), name]}
    />,
    <Legend key="legend" iconType="plainline" itemSorter={null} wrapperStyle={{ fontSize: 13 }} />,
  ]
  const margin = { top: 8, right: 12, bottom: 0, left: -8 }
  if (days.length < fewDays) {
    return (
      <BarChart data={days} margin={margin} barGap={3} accessibilityLayer={false}>
        {axes}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            radius={[3, 3, 0, 0]}
            maxBarSize={36}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    )
  }
  return (
    <LineChart data={days} margin={margin} accessibilityLayer={false}>
      {axes}
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.name}
          type="linear"
          stroke={s.color}
          strokeWidth={s.key === 'sent' || s.key === 'replied' ? 2.5 : 1.75}
          dot={days.length <= 14 ? { r: 3 } : false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  )
}

/** Day by day: what went out, what arrived, what was read and answered, and what failed (UTC days). */
export function TrendChart({ daily }: { daily: Analytics['daily'] }): ReactElement {
  const days = fillDays(daily)
  return (
    <Card title="Day by day" className="trend">
      {days.length === 0 ? (
        <p className="trend__empty muted">Nothing was sent in this period.</p>
      ) : (
        <>
          <p className="visually-hidden">{summary(days)}</p>
          {/* The sentence above speaks for the chart, so nothing in it takes focus (accessibilityLayer) */}
          <div className="trend__plot" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <Plot days={days} />
            </ResponsiveContainer>
          </div>
        </>
      )}
    </Card>
  )
}
