import type { ReactElement } from 'react'
import type { Input, Output } from '../../../src-shared/ipc/contract'
import { formatCount, formatWhen, plural } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { leftOutSentence } from './labels'
import type { Pace } from './use-campaign-form'

type Estimate = Output<'campaigns:estimate'>

function sentence({ messages, finishAt, days }: Estimate, later: boolean): string {
  const about = `About ${plural(messages, 'message', 'messages')}`
  if (!finishAt) return `${about}.`
  const spread = days > 1 ? `, over ${formatCount(days)} days because of the daily limit` : ''
  return `${about}; at this pace the last one goes around ${formatWhen(finishAt)}${spread}${later ? ' if it started now' : ''}.`
}

/** With several numbers, when each one's share is done. */
function numbersSentence({ numbers }: Estimate): string {
  const shares = numbers.map(
    (n) =>
      `${n.name} ${plural(n.messages, 'message', 'messages')}${n.finishAt ? `, done around ${formatWhen(n.finishAt)}` : ''}`,
  )
  return shares.length > 1 ? `By number: ${shares.join('; ')}.` : ''
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
  /** The numbers it sends from and their weights, as the campaign would be created; the first number when left out. */
  accounts?: Input<'campaigns:create'>['accounts']
}

/**
 * How many messages the campaign will send and when the last should go, as Herald works it out, and how
 * many contacts the frequency cap leaves out.
 */
export function EstimateLine(props: EstimateLineProps): ReactElement {
  const { listId, pace, dryRun, later } = props
  const question =
    listId === null
      ? null
      : {
          listId,
          pace,
          dryRun,
          skipRecentDays: props.skipRecentDays ?? 0,
          ...(props.accounts ? { accounts: props.accounts } : {}),
        }
  // The time depends on the list and on the pacing settings; either may change while the form is open.
  const { data, error } = useQuery('campaigns:estimate', question, {
    invalidateOn: ['lists:changed', 'settings:changed'],
  })
  if (listId === null) return <p className="estimate muted">Choose a list to see how long it takes.</p>
  if (error)
    return <p className="estimate muted">Herald could not work out how long it takes: {error.message}</p>
  if (!data) return <p className="estimate muted">Working out how long it takes…</p>
  return (
    <p className="estimate" aria-live="polite">
      {[
        sentence(data, later),
        leftOutSentence(data.recentlyContacted, data.skipRecentDays),
        numbersSentence(data),
        ...accountSentences(data),
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  )
}
