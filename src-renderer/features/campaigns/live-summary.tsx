import type { ReactElement } from 'react'
import type { Campaign, CampaignStatus, StatusCounts, Waiting } from '../../../src-shared/domain/campaigns'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { formatCount, formatDateTime, formatWhen } from '../../lib/format'
import { ProgressBar } from '../../ui/progress-bar'
import { CampaignStatusChip } from '../../ui/status-chip'
import { accountLines } from './account-lines'
import { LiveControls } from './live-controls'
import { liveCounts, liveProgress } from './live-progress'
import { WaitingLine } from './live-waiting'
import { statusReasonWords } from './status-reason'
import { useSay, useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

export type LiveState = {
  status: CampaignStatus
  statusReason: string | null
  statusReasonPhrase?: Phrase | null
  counts: StatusCounts
  total: number
  eta: string | null
  sharing?: string[]
  warmUp?: { day: number; hourlyCap: number; dailyCap: number } | null
  waiting?: Waiting | null
}

function timing(t: Translate, campaign: Campaign, live: LiveState): string | null {
  if (live.status === 'completed' && campaign.finishedAt)
    return t('campaigns.live.finishedAt', { when: formatDateTime(campaign.finishedAt) })
  if (live.status === 'cancelled' && campaign.finishedAt)
    return t('campaigns.live.stoppedAt', { when: formatDateTime(campaign.finishedAt) })
  if (live.status === 'scheduled' && campaign.scheduledAt)
    return t('campaigns.live.startsAt', { when: formatWhen(campaign.scheduledAt) })
  if (live.status === 'running' && live.eta)
    return t('campaigns.live.lastAround', { when: formatWhen(live.eta) })
  return null
}

function CountCards({ counts }: { counts: StatusCounts }): ReactElement {
  const t = useT()
  return (
    <ul className="count-cards" aria-label={t('campaigns.live.countsLabel')}>
      {liveCounts(t, counts).map(({ key, label, help, count }) => (
        <li key={key} className={`count-card count-card--${key}`} title={help}>
          <span className="count-card__label">{label}</span>
          <span className="count-card__value">{formatCount(count)}</span>
        </li>
      ))}
    </ul>
  )
}

/** Where the campaign stands: status and why, how far it has got, and the controls. */
export function LiveSummary({ campaign, live }: { campaign: Campaign; live: LiveState }): ReactElement {
  const t = useT()
  const say = useSay()
  const progress = liveProgress(t, live.status, live.counts, live.total)
  const reason = statusReasonWords(t, say, live)
  const when = timing(t, campaign, live)
  const account = accountLines(t, live)
  return (
    <>
      <section className="card live-summary" aria-label={t('campaigns.live.progressLabel')}>
        <div className="spread-row">
          <div className="live-summary__status">
            <CampaignStatusChip status={live.status} />
            {reason ? (
              <p className="live-summary__reason" role="status">
                {reason}
              </p>
            ) : null}
          </div>
          <LiveControls campaignId={campaign.id} status={live.status} />
        </div>
        <ProgressBar
          percent={progress.percent}
          label={t('campaigns.live.progressBar')}
          valueText={progress.valueText}
          paused={live.status !== 'running' && live.status !== 'completed'}
        />
        <div className="live-summary__numbers">
          <p className="live-summary__done">
            <strong>{progress.text}</strong>
          </p>
          {when ? <p className="live-summary__when">{when}</p> : null}
        </div>
        {live.status === 'running' ? (
          <WaitingLine
            waiting={live.waiting}
            batchSize={campaign.pacing.batchSize}
            warmUp={live.warmUp}
            sharing={live.sharing}
          />
        ) : null}
        {account.map((line) => (
          <p key={line} className="live-summary__account">
            {line}
          </p>
        ))}
      </section>
      <CountCards counts={live.counts} />
    </>
  )
}
