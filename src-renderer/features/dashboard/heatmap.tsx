import { useState } from 'react'
import type { ReactElement } from 'react'
import type { Hourly } from '../../../src-shared/domain/analytics'
import {
  formatCount,
  formatHour,
  formatOffset,
  formatPercent,
  formatTimeOfDay,
  formatWeekday,
} from '../../lib/format'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { Card } from '../../ui/card'
import { Segmented } from '../../ui/segmented'
import {
  currentOffsetMinutes,
  hourFrame,
  matrixPeak,
  shiftHour,
  shiftMatrix,
  weekdayOrder,
} from './heatmap-data'
import type { HourFrame } from './heatmap-data'

type Mode = 'sends' | 'replies'

const modes: Mode[] = ['sends', 'replies']

// Marks, not words: a space between sentences, and the minutes a screen reader hears after "03"
const gap = ' '
const onTheHour = ':00'

const hours = Array.from({ length: 24 }, (_, hour) => hour)

function zoneWords(t: Translate, frame: HourFrame): string {
  return frame.local ? t('dashboard.heatmap.zoneLocal', { offset: formatOffset(frame.offsetMinutes) }) : 'UTC'
}

function BestHour({ hourly, frame }: { hourly: Hourly; frame: HourFrame }): ReactElement {
  const t = useT()
  const best = hourly.bestHour
  if (best?.replied === 0) {
    return <p className="heatmap__advice muted">{t('dashboard.heatmap.noRepliesYet')}</p>
  }
  if (!best) {
    return (
      <p className="heatmap__advice muted">
        {t('dashboard.heatmap.notEnough', { minimum: formatCount(hourly.minimumSends) })}
      </p>
    )
  }
  const hour = formatHour(shiftHour(best.hour, frame.offsetHours))
  const zone = zoneWords(t, frame)
  // Where the offset is not whole hours the grid stays in UTC, but the advice can still say the local time.
  const advice =
    !frame.local && frame.offsetMinutes !== 0
      ? t('dashboard.heatmap.bestWithLocal', {
          hour,
          zone,
          local: formatTimeOfDay(best.hour * 60 + frame.offsetMinutes),
        })
      : t('dashboard.heatmap.best', { hour, zone })
  return (
    <p className="heatmap__advice">
      <strong>{advice}</strong>
      {gap}
      {t('dashboard.heatmap.bestRate', { rate: formatPercent(best.rate), sends: formatCount(best.sends) })}
    </p>
  )
}

function Grid({ matrix, mode }: { matrix: number[][]; mode: Mode }): ReactElement {
  const t = useT()
  const peak = matrixPeak(matrix)
  return (
    <div className="table-scroll">
      <table className={`heatmap__grid heatmap__grid--${mode}`}>
        <thead>
          <tr>
            <td />
            {hours.map((hour) => (
              <th key={hour} scope="col" className="heatmap__hour">
                {hour % 3 === 0 ? String(hour).padStart(2, '0') : ''}
                <span className="visually-hidden">{hour % 3 === 0 ? onTheHour : formatHour(hour)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekdayOrder.map((weekday) => (
            <tr key={weekday}>
              <th scope="row" className="heatmap__day">
                {formatWeekday(weekday, { short: true })}
              </th>
              {hours.map((hour) => {
                const count = matrix[weekday]?.[hour] ?? 0
                const words = t(`dashboard.heatmap.cell.${mode}`, {
                  day: formatWeekday(weekday),
                  hour: formatHour(hour),
                  count,
                })
                return (
                  <td key={hour} className="heatmap__cell" title={words}>
                    <span
                      className="heatmap__fill"
                      style={{ opacity: count === 0 ? 0 : 0.12 + 0.88 * (count / peak) }}
                    />
                    <span className="visually-hidden">{words}</span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** When messages go out and when people answer, by weekday and hour, with the hour that works best. */
export function Heatmap({ hourly }: { hourly: Hourly }): ReactElement {
  const t = useT()
  const [mode, setMode] = useState<Mode>('sends')
  const frame = hourFrame(currentOffsetMinutes())
  const matrix = shiftMatrix(hourly[mode], frame.offsetHours)
  return (
    <Card
      title={t('dashboard.widget.heatmap')}
      className="heatmap"
      actions={
        <Segmented
          label={t('dashboard.heatmap.show')}
          name="heatmap-mode"
          options={modes.map((m) => [m, t(`dashboard.heatmap.mode.${m}`)] as const)}
          value={mode}
          onChange={setMode}
        />
      }
    >
      <BestHour hourly={hourly} frame={frame} />
      <Grid matrix={matrix} mode={mode} />
      {matrix.flat().some((n) => n > 0) ? null : (
        <p className="heatmap__nothing muted">
          {t(mode === 'replies' ? 'dashboard.heatmap.noReplies' : 'dashboard.heatmap.nothingSent')}
        </p>
      )}
      <p className="heatmap__zone muted">
        {frame.local
          ? t('dashboard.heatmap.zoneNoteLocal', { offset: formatOffset(frame.offsetMinutes) })
          : t('dashboard.heatmap.zoneNoteUtc')}
      </p>
    </Card>
  )
}
