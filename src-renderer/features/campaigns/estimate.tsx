import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import type { Output } from '../../../src-shared/ipc/contract'
import { api } from '../../lib/api'
import { formatCount, plural } from '../contacts/format'
import { formatWhen } from './labels'
import type { Pace } from './use-campaign-form'

type Estimate = Output<'campaigns:estimate'>
type Loaded = { key: string; estimate: Estimate | null; error: string | null }

function useEstimate(listId: number | null, pace: Pace): Loaded | null {
  const key = `${listId}|${pace}`
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    if (listId === null) return
    let current = true
    void api.invoke('campaigns:estimate', { listId, pace }).then((result) => {
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
  }, [key, listId, pace])
  return loaded?.key === key ? loaded : null
}

function sentence({ messages, finishAt, days }: Estimate, later: boolean): string {
  const about = `About ${plural(messages, 'message', 'messages')}`
  if (!finishAt) return `${about}.`
  const spread = days > 1 ? `, over ${formatCount(days)} days because of the daily limit` : ''
  return `${about}; at this pace the last one goes around ${formatWhen(finishAt)}${spread}${later ? ' if it started now' : ''}.`
}

/** How many messages the campaign will send and when the last should go, as Herald works it out. */
export function EstimateLine(props: { listId: number | null; pace: Pace; later: boolean }): ReactElement {
  const loaded = useEstimate(props.listId, props.pace)
  if (props.listId === null) return <p className="estimate muted">Choose a list to see how long it takes.</p>
  if (!loaded) return <p className="estimate muted">Working out how long it takes…</p>
  if (loaded.error || !loaded.estimate)
    return <p className="estimate muted">Herald could not work out how long it takes: {loaded.error}</p>
  return (
    <p className="estimate" aria-live="polite">
      {sentence(loaded.estimate, props.later)}
    </p>
  )
}
