import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useParams } from 'react-router'
import { attachmentWords } from '../../../src-shared/domain/attachments'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { EmptyState, NextStep } from '../../ui/empty-state'
import { HistoryIcon } from '../../ui/icons'
import { formatDateTime, isActive } from '../campaigns/labels'
import { CampaignStatusChip } from '../campaigns/status-chip'
import { LoadFailed, Loading } from '../contacts/load-states'
import { ReportActions } from '../reports/report-actions'
import { CampaignAnalytics } from './campaign-analytics'
import { DeleteCampaignDialog } from './delete-campaign-dialog'
import { MessageLog } from './message-log'
import { RetryDialog } from './retry-dialog'
import '../contacts/contacts.css'
import '../campaigns/campaigns.css'
import './history.css'

type LoadError = { id: number; message: string; missing: boolean }

function useHistoryCampaign(campaignId: number): {
  campaign: Campaign | undefined
  error: LoadError | null
  retry: () => void
} {
  const load = useStore((state) => state.loadCampaign)
  const campaign = useStore((state) => state.campaigns.find((c) => c.id === campaignId))
  const [error, setError] = useState<LoadError | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    void load(campaignId).then((result) => {
      if (current)
        setError(
          result.ok
            ? null
            : { id: campaignId, message: result.error.message, missing: result.error.code === 'NOT_FOUND' },
        )
    })
    return () => {
      current = false
    }
  }, [load, campaignId, attempt])
  return { campaign, error: error?.id === campaignId ? error : null, retry: () => setAttempt((n) => n + 1) }
}

function Facts({ campaign }: { campaign: Campaign }): ReactElement {
  const fact = (label: string, value: string | null): ReactElement => (
    <div className="campaign-facts__item">
      <dt>{label}</dt>
      <dd>{value ?? <span className="muted">—</span>}</dd>
    </div>
  )
  return (
    <dl className="campaign-facts">
      <div className="campaign-facts__item">
        <dt>Status</dt>
        <dd>
          <CampaignStatusChip status={campaign.status} />{' '}
          <span className={campaign.dryRun ? 'dry-tag' : 'live-tag'}>
            {campaign.dryRun ? 'Dry run' : 'Live'}
          </span>
        </dd>
      </div>
      <div className="campaign-facts__item">
        <dt>List</dt>
        <dd>
          {campaign.listId ? (
            <Link to={`/contacts/lists/${campaign.listId}`}>{campaign.listName}</Link>
          ) : (
            campaign.listName
          )}
        </dd>
      </div>
      <div className="campaign-facts__item">
        <dt>Message</dt>
        <dd>{campaign.templateName}</dd>
      </div>
      {campaign.attachment ? fact('Attachment', attachmentWords(campaign.attachment)) : null}
      {fact('Created', formatDateTime(campaign.createdAt))}
      {fact('Started', campaign.startedAt && formatDateTime(campaign.startedAt))}
      {fact('Finished', campaign.finishedAt && formatDateTime(campaign.finishedAt))}
    </dl>
  )
}

function Header({ campaign }: { campaign: Campaign }): ReactElement {
  const [dialog, setDialog] = useState<'retry' | 'delete' | null>(null)
  const active = isActive(campaign.status)
  return (
    <section className="card campaign-header" aria-label="About this campaign">
      <div className="campaign-header__top">
        <Link to="/history" className="back-link">
          ← All campaigns
        </Link>
        <div className="campaign-header__actions">
          {active || campaign.status === 'draft' ? (
            <Link to={`/campaigns/${campaign.id}`} className="button button--primary">
              {campaign.status === 'draft' ? 'Open to start it' : 'Open live view'}
            </Link>
          ) : null}
          <ReportActions campaignId={campaign.id} campaignName={campaign.name} />
          <button type="button" className="button" onClick={() => setDialog('retry')}>
            Retry failed / unsent
          </button>
          <button type="button" className="button button--danger" onClick={() => setDialog('delete')}>
            Delete campaign
          </button>
        </div>
      </div>
      <Facts campaign={campaign} />
      {campaign.statusReason ? <p className="campaign-header__reason">{campaign.statusReason}</p> : null}
      <RetryDialog campaign={campaign} open={dialog === 'retry'} onClose={() => setDialog(null)} />
      <DeleteCampaignDialog campaign={campaign} open={dialog === 'delete'} onClose={() => setDialog(null)} />
    </section>
  )
}

function Missing(): ReactElement {
  return (
    <EmptyState
      icon={<HistoryIcon />}
      title="This campaign is not here any more"
      actions={
        <NextStep to="/history" primary>
          Back to History
        </NextStep>
      }
    >
      <p>It may have been deleted, here or in another Herald window.</p>
    </EmptyState>
  )
}

/** One campaign's history: what it was, how it did, and every message with its outcome. */
export function HistoryCampaignScreen(): ReactElement {
  const campaignId = Number(useParams().campaignId)
  const { campaign, error, retry } = useHistoryCampaign(campaignId)
  return (
    <Screen title={campaign?.name ?? 'Campaign'} intro="What this campaign did, message by message.">
      {error?.missing ? (
        <Missing />
      ) : error && !campaign ? (
        <LoadFailed title="Could not open this campaign" message={error.message} onRetry={retry} />
      ) : !campaign ? (
        <Loading label="Opening the campaign…" />
      ) : (
        <div className="history-campaign">
          <Header campaign={campaign} />
          <CampaignAnalytics campaignId={campaign.id} />
          <MessageLog campaignId={campaign.id} total={campaign.total} revision={campaign.status} />
        </div>
      )}
    </Screen>
  )
}
