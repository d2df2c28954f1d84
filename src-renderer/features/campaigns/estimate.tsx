import type { ReactElement } from 'react'
import type { Input, Output } from '../../../src-shared/ipc/contract'
import { formatCount, formatWhen } from '../../lib/format'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { quoted } from './names'
import { useQuery } from '../../lib/query'
import { leftOutSentence } from './labels'
import type { Pace } from './use-campaign-form'

type Estimate = Output<'campaigns:estimate'>

function sentence(t: Translate, { messages, finishAt, days }: Estimate, later: boolean): string {
  if (!finishAt) return t('campaigns.estimate.about', { count: messages })
  const values = { count: messages, when: formatWhen(finishAt), days }
  if (days > 1) return t(later ? 'campaigns.estimate.overDaysIfNow' : 'campaigns.estimate.overDays', values)
  return t(later ? 'campaigns.estimate.lastIfNow' : 'campaigns.estimate.last', values)
}

/** With several numbers, when each one's share is done. */
function numbersSentence(t: Translate, { numbers }: Estimate): string {
  const shares = numbers.map((n) =>
    n.finishAt
      ? t('campaigns.estimate.numberDone', { name: n.name, count: n.messages, when: formatWhen(n.finishAt) })
      : t('campaigns.estimate.number', { name: n.name, count: n.messages }),
  )
  return shares.length > 1
    ? t('campaigns.estimate.byNumber', { shares: shares.join(t('campaigns.estimate.shareSeparator')) })
    : ''
}

/** The account's side: campaigns already sending share the budget; a new number warms up. */
function accountSentences(t: Translate, { sharing, warmUp }: Estimate): string[] {
  const lines: string[] = []
  if (sharing.length > 0) lines.push(t('campaigns.estimate.sharing', { names: quoted(t, sharing) }))
  if (warmUp)
    lines.push(t('campaigns.estimate.warmUp', { day: warmUp.day, daily: formatCount(warmUp.dailyCap) }))
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
  const t = useT()
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
  if (listId === null) return <p className="estimate muted">{t('campaigns.estimate.noList')}</p>
  if (error)
    return <p className="estimate muted">{t('campaigns.estimate.failed', { problem: error.message })}</p>
  if (!data) return <p className="estimate muted">{t('campaigns.estimate.working')}</p>
  return (
    <p className="estimate" aria-live="polite">
      {[
        sentence(t, data, later),
        leftOutSentence(t, data.recentlyContacted, data.skipRecentDays),
        numbersSentence(t, data),
        ...accountSentences(t, data),
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  )
}
