import { useState } from 'react'
import type { ReactElement } from 'react'
import type { Hourly } from '../../../src-shared/domain/analytics'
import { formatCount, formatHour, formatOffset, formatPercent, formatTimeOfDay } from '../../lib/format'
import { Card } from '../../ui/card'
import { Segmented } from '../../ui/segmented'
import {
  currentOffsetMinutes,
  hourFrame,
  matrixPeak,
  shiftHour,
  shiftMatrix,
  weekdayNames,
  weekdayOrder,
} from './heatmap-data'
import type { HourFrame } from './heatmap-data'

type Mode = 'sends' | 'replies'

const modes: { mode: Mode; label: string; unit: [string, string] }[] = [
  { mode: 'sends', label: 'Messages sent', unit: ['message sent', 'messages sent'] },
  { mode: 'replies', label: 'Replies received', unit: ['reply received', 'replies received'] },
]
const modeOptions = modes.map((m) => [m.mode, m.label] as const)

const hours = Array.from({ length: 24 }, (_, hour) => hour)

function zoneWords(frame: HourFrame): string {
  return frame.local ? `your time, ${formatOffset(frame.offsetMinutes)}` : 'UTC'
}

function BestHour({ hourly, frame }: { hourly: Hourly; frame: HourFrame }): ReactElement {
  const best = hourly.bestHour
  if (best?.replied === 0) {
    return <p className="heatmap__advice muted">No replies yet, so there is no best time to suggest.</p>
  }
  if (!best) {
    return (
      <p className="heatmap__advice muted">
        Not enough messages yet to suggest a best time: Herald needs at least{' '}
        {formatCount(hourly.minimumSends)} sent in the same hour of the day.
      </p>
    )
  }
  const hour = formatHour(shiftHour(best.hour, frame.offsetHours))
  // Where the offset is not whole hours the grid stays in UTC, but the advice can still say the local time.
  const local =
    !frame.local && frame.offsetMinutes !== 0
      ? `, ${formatTimeOfDay(best.hour * 60 + frame.offsetMinutes)} your time`
      : ''
  return (
    <p className="heatmap__advice">
      <strong>
        Most replies per message come from messages sent around {hour} ({zoneWords(frame)}
        {local}).
      </strong>{' '}
      {formatPercent(best.rate)} of the {formatCount(best.sends)} messages sent then got a reply.
    </p>
  )
}

function Grid({ matrix, mode }: { matrix: number[][]; mode: Mode }): ReactElement {
  const peak = matrixPeak(matrix)
  const [one, many] = modes.find((m) => m.mode === mode)?.unit ?? ['', '']
  return (
    <div className="table-scroll">
      <table className={`heatmap__grid heatmap__grid--${mode}`}>
        <thead>
          <tr>
            <td />
            {hours.map((hour) => (
              <th key={hour} scope="col" className="heatmap__hour">
                {hour % 3 === 0 ? String(hour).padStart(2, '0') : ''}
                <span className="visually-hidden">{hour % 3 === 0 ? ':00' : formatHour(hour)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekdayOrder.map((weekday) => (
            <tr key={weekday}>
              <th scope="row" className="heatmap__day">
                {weekdayNames[weekday].slice(0, 3)}
              </th>
              {hours.map((hour) => {
                const count = matrix[weekday]?.[hour] ?? 0
                const words = `${weekdayNames[weekday]} ${formatHour(hour)}: ${formatCount(count)} ${count === 1 ? one : many}`
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
  const [mode, setMode] = useState<Mode>('sends')
  const frame = hourFrame(currentOffsetMinutes())
  const matrix = shiftMatrix(hourly[mode], frame.offsetHours)
  return (
    <Card
      title="Best times"
      className="heatmap"
      actions={
        <Segmented label="Show" name="heatmap-mode" options={modeOptions} value={mode} onChange={setMode} />
      }
    >
      <BestHour hourly={hourly} frame={frame} />
      <Grid matrix={matrix} mode={mode} />
      {matrix.flat().some((n) => n > 0) ? null : (
        <p className="heatmap__nothing muted">
          {mode === 'replies' ? 'No replies in this period yet.' : 'Nothing was sent in this period.'}
        </p>
      )}
      <p className="heatmap__zone muted">
        Darker means more. Hours are {frame.local ? 'in ' : ''}
        {zoneWords(frame)}.
      </p>
    </Card>
  )
}
