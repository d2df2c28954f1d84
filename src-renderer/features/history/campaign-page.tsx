import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { isImageAttachment } from '../../../src-shared/domain/attachments'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { useCampaign } from '../../lib/use-campaign'
import { formatDateTime, formatFileSize } from '../../lib/format'
import { isActive } from '../../lib/campaign-status'
import { Gone } from '../../ui/empty-state'
import { HistoryIcon } from '../../ui/icons'
import { CampaignStatusChip, ModeTag } from '../../ui/status-chip'
import { LoadState } from '../../ui/load-states'
import { ReportActions } from '../reports'
import { CampaignAnalytics } from './campaign-analytics'
import { DeleteCampaignDialog } from './delete-campaign-dialog'
import { MessageLog } from './message-log'
import { RetryDialog } from './retry-dialog'
import './history.css'
import { useSay, useT } from '../../i18n/use-t'

// Marks, not words: an empty fact, and the arrow of the back link (mirrored right to left)
const nothing = '—'
const back = '←'

function Facts({ campaign }: { campaign: Campaign }): ReactElement {
  const t = useT()
  const fact = (label: string, value: string | null): ReactElement => (
    <div className="campaign-facts__item">
      <dt>{label}</dt>
      <dd>{value ?? <span className="muted">{nothing}</span>}</dd>
    </div>
  )
  return (
    <dl className="campaign-facts">
      <div className="campaign-facts__item">
        <dt>{t('history.facts.status')}</dt>
        <dd>
          <CampaignStatusChip status={campaign.status} /> <ModeTag dryRun={campaign.dryRun} />
        </dd>
      </div>
      <div className="campaign-facts__item">
        <dt>{t('history.facts.list')}</dt>
        <dd>
          {campaign.listId ? (
            <Link to={`/contacts/lists/${campaign.listId}`}>{campaign.listName}</Link>
          ) : (
            campaign.listName
          )}
        </dd>
      </div>
      <div className="campaign-facts__item">
        <dt>{t('history.facts.message')}</dt>
        <dd>{campaign.templateName}</dd>
      </div>
      {campaign.attachment
        ? fact(
            t('history.facts.attachment'),
            t('history.facts.attachmentWords', {
              kind: isImageAttachment(campaign.attachment.mime) ? 'image' : 'pdf',
              name: campaign.attachment.name,
              size: formatFileSize(campaign.attachment.bytes),
            }),
          )
        : null}
      {fact(t('history.facts.created'), formatDateTime(campaign.createdAt))}
      {fact(t('history.facts.started'), campaign.startedAt && formatDateTime(campaign.startedAt))}
      {fact(t('history.facts.finished'), campaign.finishedAt && formatDateTime(campaign.finishedAt))}
    </dl>
  )
}

function Header({ campaign }: { campaign: Campaign }): ReactElement {
  const t = useT()
  const say = useSay()
  // The live view's "Retry failed / unsent" comes here with ?retry=1 and opens the retry at once.
  const [params, setParams] = useSearchParams()
  const [dialog, setDialog] = useState<'retry' | 'delete' | null>(
    params.get('retry') === '1' ? 'retry' : null,
  )
  const close = (): void => {
    setDialog(null)
    if (params.has('retry')) setParams({}, { replace: true })
  }
  const active = isActive(campaign.status)
  return (
    <section className="card campaign-header" aria-label={t('history.campaign.about')}>
      <div className="campaign-header__top">
        <Link to="/history" className="back-link">
          <span className="icon--directional">{back}</span> {t('history.campaign.allCampaigns')}
        </Link>
        <div className="campaign-header__actions">
          {active || campaign.status === 'draft' ? (
            <Link to={`/campaigns/${campaign.id}`} className="button button--primary">
              {t(campaign.status === 'draft' ? 'history.campaign.openToStart' : 'history.campaign.openLive')}
            </Link>
          ) : null}
          <ReportActions campaignId={campaign.id} campaignName={campaign.name} />
          <button type="button" className="button" onClick={() => setDialog('retry')}>
            {t('history.campaign.retry')}
          </button>
          <button type="button" className="button button--danger" onClick={() => setDialog('delete')}>
            {t('history.campaign.delete')}
          </button>
        </div>
      </div>
      <Facts campaign={campaign} />
      {campaign.statusReason ? (
        <p className="campaign-header__reason">{say(campaign.statusReasonPhrase, campaign.statusReason)}</p>
      ) : null}
      <RetryDialog campaign={campaign} open={dialog === 'retry'} onClose={close} />
      <DeleteCampaignDialog campaign={campaign} open={dialog === 'delete'} onClose={close} />
    </section>
  )
}

/** One campaign's history: what it was, how it did, and every message with its outcome. */
export function HistoryCampaignScreen(): ReactElement {
  const t = useT()
  const campaignId = Number(useParams().campaignId)
  const campaign = useCampaign(campaignId)
  return (
    <Screen
      title={campaign.data?.name ?? t('screens.campaign.fallback')}
      intro={t('screens.historyCampaign.intro')}
    >
      <LoadState
        {...campaign}
        loading={t('history.campaign.loading')}
        failed={t('history.campaign.loadFailed')}
        missing={
          <Gone
            icon={<HistoryIcon />}
            title={t('history.campaign.goneTitle')}
            back={{ to: '/history', label: t('history.campaign.goneBack') }}
          >
            {t('history.campaign.goneText')}
          </Gone>
        }
      >
        {(loaded) => (
          <div className="history-campaign">
            <Header campaign={loaded} />
            <CampaignAnalytics campaignId={loaded.id} />
            <MessageLog campaignId={loaded.id} total={loaded.total} revision={loaded.status} />
          </div>
        )}
      </LoadState>
    </Screen>
  )
}
