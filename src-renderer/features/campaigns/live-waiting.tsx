import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import type { Waiting } from '../../../src-shared/domain/campaigns'
import { HistoryIcon as ClockIcon } from '../../ui/icons'
import { useT } from '../../i18n/use-t'
import { waitingLine } from './live-waiting-words'
import './live-waiting.css'

type Props = {
  waiting: Waiting | null | undefined
  batchSize: number
  warmUp?: { dailyCap: number } | null
  sharing?: readonly string[]
}

/** The time now, read again every `ms`, so that "in 9 h 4 min" counts down while the screen is open. */
function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), ms)
    return () => window.clearInterval(timer)
  }, [ms])
  return now
}

/** Why a running campaign's next message has not gone yet, as the engine decided it. */
export function WaitingLine({ waiting, batchSize, warmUp, sharing }: Props): ReactElement | null {
  const t = useT()
  const now = useNow(15_000)
  if (!waiting) return null
  const words = waitingLine(t, waiting, {
    now,
    batchSize,
    ...(warmUp ? { warmUpDailyCap: warmUp.dailyCap } : {}),
    ...(sharing ? { sharing } : {}),
  })
  return (
    <p className="live-waiting" role="status" data-reason={waiting.reason}>
      <ClockIcon className="live-waiting__icon" />
      <span>{words}</span>
    </p>
  )
}
