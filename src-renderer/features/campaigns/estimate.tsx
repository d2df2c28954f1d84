import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import type { Output } from '../../../src-shared/ipc/contract'
import { api } from '../../lib/api'
import { formatCount, formatWhen, plural } from '../../lib/format'
import { leftOutSentence } from './labels'
import type { Pace } from './use-campaign-form'

type Estimate = Output<'campaigns:estimate'>
type Loaded = { key: string; estimate: Estimate | null; error: string | null }

type Question = { listId: number | null; pace: Pace; dryRun: boolean; skipRecentDays: number }

function useEstimate({ listId, pace, dryRun, skipRecentDays }: Question): Loaded | null {
  const key = `${listId}|${pace}|${dryRun}|${skipRecentDays}`
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    if (listId === null) return
    let current = true
    const question = { listId, pace, dryRun, skipRecentDays }
    void api.invoke('campaigns:estimate', question).then((result) => {
      if (!current) return
      setLoaded(
        result.ok
          ? { key, estimate: result.value, error: null }
          : { key, estimate: null, error: result.error.message },
      )
    })
    return () => {
      current = false
    }
  }, [key, listId, pace, dryRun, skipRecentDays])
  return loaded?.key === key ? loaded : null
}

function sentence({ messages, finishAt, days }: Estimate, later: boolean): string {
  const about = `About ${plural(messages, 'message', 'messages')}`
  if (!finishAt) return `${about}.`
  const spread = days > 1 ? `, over ${formatCount(days)} days because of the daily limit` : ''
  return `${about}; at this pace the last one goes around ${formatWhen(finishAt)}${spread}${later ? ' if it started now' : ''}.`
}

/** The account's side: campaigns already sending share the budget; a new number warms up. */
function accountSentences({ sharing, warmUp }: Estimate): string[] {
  const lines: string[] = []
  if (sharing.length > 0) {
    const names = sharing.map((n) => `“${n}”`).join(', ')
    lines.push(`Shares the sending budget with ${names}, already sending: counted in this time.`)
  }
  if (warmUp) {
    lines.push(
      `Warm-up day ${warmUp.day} of 10 for a new number: at most ${formatCount(warmUp.dailyCap)} a day.`,
    )
  }
  return lines
}

type EstimateLineProps = {
  listId: number | null
  pace: Pace
  later: boolean
  dryRun: boolean
  /** The frequency cap's days; null while the number typed is not one (then nobody is counted out). */
  skipRecentDays: number | null
}

/**
 * How many messages the campaign will send and when the last should go, as Herald works it out, and how
 * many contacts the frequency cap leaves out.
 */
export function EstimateLine(props: EstimateLineProps): ReactElement {
  const loaded = useEstimate({ ...props, skipRecentDays: props.skipRecentDays ?? 0 })
  if (props.listId === null) return <p className="estimate muted">Choose a list to see how long it takes.</p>
  if (!loaded) return <p className="estimate muted">Working out how long it takes…</p>
  if (loaded.error || !loaded.estimate)
    return <p className="estimate muted">Herald could not work out how long it takes: {loaded.error}</p>
  return (
    <p className="estimate" aria-live="polite">
      {[
        sentence(loaded.estimate, props.later),
        leftOutSentence(loaded.estimate.recentlyContacted, loaded.estimate.skipRecentDays),
        ...accountSentences(loaded.estimate),
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  )
}
