import type { ReactElement } from 'react'
import './progress-bar.css'

type ProgressBarProps = {
  percent: number
  label: string
  valueText: string
  small?: boolean
  paused?: boolean
}

/** How far a campaign has got; the fill is the share of messages that reached an outcome. */
export function ProgressBar({ percent, label, valueText, small, paused }: ProgressBarProps): ReactElement {
  const clamped = Math.max(0, Math.min(100, percent))
  return (
    <div
      className={`progress${small ? ' progress--small' : ''}${paused ? ' progress--paused' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
    >
      <div className="progress__fill" style={{ width: `${clamped}%` }} />
    </div>
  )
}
