import type { ReactElement } from 'react'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CampaignProgress } from '../../../src-shared/domain/campaigns'
import { formatClock, formatCount } from '../../lib/format'
import { Card } from '../../ui/card'
import { useT } from '../../i18n/use-t'

type PerMinuteChartProps = { perMinute: CampaignProgress['perMinute'] }

/** Sends in each recent minute: the pace made visible, gaps and all. */
export function PerMinuteChart({ perMinute }: PerMinuteChartProps): ReactElement {
  const t = useT()
  const data = perMinute.map((point) => ({ minute: formatClock(point.minute), sent: point.sent }))
  const peak = data.reduce((max, point) => Math.max(max, point.sent), 0)
  const summary =
    data.length === 0
      ? t('campaigns.perMinute.none')
      : t('campaigns.perMinute.summary', { minutes: data.length, peak })
  return (
    <Card title={t('campaigns.perMinute.title')} className="live-chart">
      <p className="visually-hidden">{summary}</p>
      {data.length === 0 ? (
        <p className="live-chart__empty muted">{t('campaigns.perMinute.empty')}</p>
      ) : (
        // The summary above speaks for the chart, so nothing in it takes focus (accessibilityLayer)
        <div className="live-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={data}
              margin={{ top: 8, right: 8, bottom: 0, left: -20 }}
              accessibilityLayer={false}
            >
              <CartesianGrid vertical={false} stroke="#e3e7ea" />
              <XAxis
                dataKey="minute"
                tick={{ fontSize: 12, fill: '#5b646b' }}
                tickLine={false}
                axisLine={false}
                minTickGap={24}
              />
              <YAxis
                allowDecimals={false}
                tick={{ fontSize: 12, fill: '#5b646b' }}
                tickLine={false}
                axisLine={false}
              />
              <Tooltip
                cursor={{ fill: '#eef1f3' }}
                formatter={(value) => [formatCount(Number(value)), t('campaigns.perMinute.sent')]}
              />
              <Bar
                dataKey="sent"
                fill="#128c7e"
                radius={[3, 3, 0, 0]}
                maxBarSize={36}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  )
}
