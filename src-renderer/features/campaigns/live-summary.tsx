import type { ReactElement } from 'react'
import type { Campaign, CampaignStatus, StatusCounts, Waiting } from '../../../src-shared/domain/campaigns'
import { formatCount, formatDateTime, formatWhen } from '../../lib/format'
import { ProgressBar } from '../../ui/progress-bar'
import { CampaignStatusChip } from '../../ui/status-chip'
import { accountLines } from './account-lines'
import { LiveControls } from './live-controls'
import { liveCounts, liveProgress } from './live-progress'
import { WaitingLine } from './live-waiting'

export type LiveState = {
  status: CampaignStatus
  statusReason: string | null
  counts: StatusCounts
  total: number
  eta: string | null
  sharing?: string[]
  warmUp?: { day: number; hourlyCap: number; dailyCap: number } | null
  waiting?: Waiting | null
}

/** Words for a status that has no reason attached, so the user always knows what is going on. */
const defaultReasons: Partial<Record<CampaignStatus, string>> = {
  draft: 'This campaign has not started yet.',
  interrupted:
    'Herald was closed while this campaign was sending. Press Resume to carry on where it stopped.',
  paused: 'Paused. Press Resume to carry on.',
}

function timing(campaign: Campaign, live: LiveState): string | null {
  if (live.status === 'completed' && campaign.finishedAt)
    return `Finished ${formatDateTime(campaign.finishedAt)}`
  if (live.status === 'cancelled' && campaign.finishedAt)
    return `Stopped ${formatDateTime(campaign.finishedAt)}`
  if (live.status === 'scheduled' && campaign.scheduledAt) return `Starts ${formatWhen(campaign.scheduledAt)}`
  if (live.status === 'running' && live.eta) return `Last message around ${formatWhen(live.eta)}`
  return null
}

function CountCards({ counts }: { counts: StatusCounts }): ReactElement {
  return (
    <ul className="count-cards" aria-label="How far the messages got">
      {liveCounts(counts).map(({ key, label, help, count }) => (
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
  const progress = liveProgress(live.status, live.counts, live.total)
  const reason = live.statusReason ?? defaultReasons[live.status] ?? null
  const when = timing(campaign, live)
  const account = accountLines(live)
  return (
    <>
      <section className="card live-summary" aria-label="Progress">
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
          label="Campaign progress"
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
