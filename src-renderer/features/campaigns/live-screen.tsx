import type { ReactElement } from 'react'
import { Link, useParams } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { useCampaign } from '../../lib/use-campaign'
import { useStore } from '../../state/store'
import { Gone } from '../../ui/empty-state'
import { InfoIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { ActivityFeed } from './activity-feed'
import { ByNumber } from './by-number'
import { CampaignMessages } from './campaign-messages'
import { ErrorsPanel } from './errors-panel'
import { LiveSummary } from './live-summary'
import { NextSteps } from './next-steps'
import type { LiveState } from './live-summary'
import { PerMinuteChart } from './per-minute-chart'
import './campaigns.css'
import './live.css'
import './live-panels.css'
import { useT } from '../../i18n/use-t'
import { attachmentValues } from './attachment'

const back = '←'
const space = ' '

function DryRunBanner(): ReactElement {
  const t = useT()
  return (
    <div className="dry-run-banner" role="note">
      <InfoIcon className="callout__icon" />
      <p>
        <strong>{t('campaigns.live.dryRunTitle')}</strong> {t('campaigns.live.dryRunBody')}
      </p>
    </div>
  )
}

function Live({ campaign }: { campaign: Campaign }): ReactElement {
  const t = useT()
  const progress = useStore((state) => state.progress[campaign.id])
  const live: LiveState = progress ?? { ...campaign, eta: null }
  return (
    <>
      {campaign.dryRun ? <DryRunBanner /> : null}
      <p className="live-facts">
        <span>
          {t('campaigns.live.to')} <Link to={`/contacts/lists/${campaign.listId}`}>{campaign.listName}</Link>
        </span>
        <span>
          {t('campaigns.live.message')}
          {space}
          <Link to={`/compose?message=${campaign.templateId}`}>{campaign.templateName}</Link>
        </span>
        {campaign.attachment ? (
          <span>{t('campaigns.withAttachment', attachmentValues(campaign.attachment))}</span>
        ) : null}
      </p>
      <LiveSummary campaign={campaign} live={live} />
      {progress?.byAccount ? (
        <ByNumber campaignId={campaign.id} status={live.status} shares={progress.byAccount} />
      ) : null}
      <NextSteps campaign={campaign} status={live.status} counts={live.counts} />
      <div className="live-grid">
        <PerMinuteChart perMinute={progress?.perMinute ?? []} />
        <ActivityFeed recent={progress?.recent ?? []} />
      </div>
      <ErrorsPanel campaignId={campaign.id} failed={live.counts.failed} skipped={live.counts.skipped} />
      <CampaignMessages
        campaignId={campaign.id}
        counts={live.counts}
        total={live.total}
        finished={live.status === 'completed' || live.status === 'cancelled'}
      />
    </>
  )
}

export function LiveScreen(): ReactElement {
  const t = useT()
  const campaignId = Number(useParams().campaignId)
  const campaign = useCampaign(campaignId)
  return (
    <Screen title={campaign.data?.name ?? t('screens.campaign.fallback')}>
      <Link to="/campaigns" className="back-link">
        <span className="icon--directional">{back}</span> {t('campaigns.allCampaigns')}
      </Link>
      {/* A failed read shows the failure, not the campaign as it was before. */}
      <LoadState
        {...campaign}
        data={campaign.error ? null : campaign.data}
        loading={t('campaigns.live.loading')}
        failed={t('campaigns.live.loadFailed')}
        missing={
          <Gone
            title={t('campaigns.live.goneTitle')}
            back={{ to: '/campaigns', label: t('campaigns.live.goneBack') }}
          >
            {t('campaigns.live.goneBody')}
          </Gone>
        }
      >
        {(loaded) => <Live campaign={loaded} />}
      </LoadState>
    </Screen>
  )
}
