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
import { isRightToLeft } from '../../../src-shared/i18n/locales'
import { useLocale } from '../../i18n/i18n-provider'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { fillDays } from './trend-data'
import type { DayPoint } from './trend-data'

const series: { key: 'sent' | 'delivered' | 'read' | 'replied' | 'failed'; color: string }[] = [
  { key: 'sent', color: '#1d5fa8' },
  { key: 'delivered', color: '#7fb9e6' },
  { key: 'read', color: '#128c7e' },
  { key: 'replied', color: '#25d366' },
  { key: 'failed', color: '#c62828' },
]

const axisTick = { fontSize: 12, fill: '#5b646b' }
/** Below this many days a line has too few points to read; bars side by side say more. */
const fewDays = 4

function summary(t: Translate, days: DayPoint[]): string {
  const sent = days.reduce((sum, d) => sum + d.sent, 0)
  const busiest = days.reduce((best, d) => (d.sent > best.sent ? d : best), days[0] ?? { date: '', sent: 0 })
  return t('dashboard.trend.summary', {
    sent,
    days: days.length,
    busiest: formatDay(busiest.date, { withYear: true }),
    busiestSent: formatCount(busiest.sent),
  })
}

function Plot({ days }: { days: DayPoint[] }): ReactElement {
  const t = useT()
  // Right to left, the days run from the right and the counts stand on the right
  const rtl = isRightToLeft(useLocale())
  const withYear = days[0]?.date.slice(0, 4) !== days.at(-1)?.date.slice(0, 4)
  const axes = [
    <CartesianGrid key="grid" vertical={false} stroke="#e3e7ea" />,
    <XAxis
      key="x"
      dataKey="date"
      tickFormatter={(date: string) => formatDay(date, { withYear })}
      reversed={rtl}
      tick={axisTick}
      tickLine={false}
      axisLine={false}
      minTickGap={28}
    />,
    <YAxis
      key="y"
      allowDecimals={false}
      tick={axisTick}
      tickLine={false}
      axisLine={false}
      orientation={rtl ? 'right' : 'left'}
      tickFormatter={(value: number) => formatCount(value)}
    />,
    <Tooltip
      key="tip"
      cursor={{ fill: '#eef1f3' }}
      labelFormatter={(date) => (typeof date === 'string' ? formatDay(date, { withYear: true }) : '')}
      formatter={(value, name) => [formatCount(Number(value)), name]}
    />,
    <Legend key="legend" iconType="plainline" itemSorter={null} wrapperStyle={{ fontSize: 13 }} />,
  ]
  const margin = rtl ? { top: 8, right: -8, bottom: 0, left: 12 } : { top: 8, right: 12, bottom: 0, left: -8 }
  if (days.length < fewDays) {
    return (
      <BarChart data={days} margin={margin} barGap={3} accessibilityLayer={false}>
        {axes}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={t(`dashboard.trend.series.${s.key}`)}
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
          name={t(`dashboard.trend.series.${s.key}`)}
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
  const t = useT()
  const days = fillDays(daily)
  return (
    <Card title={t('dashboard.widget.trend')} className="trend">
      {days.length === 0 ? (
        <p className="trend__empty muted">{t('dashboard.trend.empty')}</p>
      ) : (
        <>
          <p className="visually-hidden">{summary(t, days)}</p>
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
