import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useParams } from 'react-router'
import { attachmentWords } from '../../../src-shared/domain/attachments'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { EmptyState, NextStep } from '../../ui/empty-state'
import { InfoIcon } from '../../ui/icons'
import { LoadFailed, Loading } from '../contacts/load-states'
import { ActivityFeed } from './activity-feed'
import { CampaignMessages } from './campaign-messages'
import { ErrorsPanel } from './errors-panel'
import { LiveSummary } from './live-summary'
import type { LiveState } from './live-summary'
import { PerMinuteChart } from './per-minute-chart'
import '../contacts/contacts.css'
import './campaigns.css'
import './live.css'
import './live-panels.css'

type LoadError = { id: number; message: string; missing: boolean }

/** Reads the campaign and its progress on opening, so a reload shows what the engine has now. */
function useCampaign(campaignId: number): { error: LoadError | null; retry: () => void } {
  const load = useStore((state) => state.loadCampaign)
  const [error, setError] = useState<LoadError | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    void load(campaignId).then((result) => {
      if (!current) return
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
  return { error: error?.id === campaignId ? error : null, retry: () => setAttempt((n) => n + 1) }
}

function DryRunBanner(): ReactElement {
  return (
    <div className="dry-run-banner" role="note">
      <InfoIcon className="callout__icon" />
      <p>
        <strong>Dry run — nothing is sent.</strong> Herald goes through every contact as it would for real, so
        you can check the pace and the messages without anyone receiving them.
      </p>
    </div>
  )
}

function Live({ campaign }: { campaign: Campaign }): ReactElement {
  const progress = useStore((state) => state.progress[campaign.id])
  const live: LiveState = progress ?? { ...campaign, eta: null }
  return (
    <>
      {campaign.dryRun ? <DryRunBanner /> : null}
      <p className="live-facts">
        <span>
          To <Link to={`/contacts/lists/${campaign.listId}`}>{campaign.listName}</Link>
        </span>
        <span>
          Message <Link to={`/compose?message=${campaign.templateId}`}>{campaign.templateName}</Link>
        </span>
        {campaign.attachment ? <span>With the {attachmentWords(campaign.attachment)}</span> : null}
      </p>
      <LiveSummary campaign={campaign} live={live} />
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

function Missing(): ReactElement {
  return (
    <EmptyState
      icon={<InfoIcon />}
      title="This campaign no longer exists"
      actions={
        <NextStep to="/campaigns" primary>
          See all campaigns
        </NextStep>
      }
    >
      <p>It may have been deleted. Your other campaigns are on the Campaigns screen.</p>
    </EmptyState>
  )
}

export function LiveScreen(): ReactElement {
  const campaignId = Number(useParams().campaignId)
  const campaign = useStore((state) => state.campaigns.find((c) => c.id === campaignId))
  const { error, retry } = useCampaign(campaignId)
  return (
    <Screen title={campaign?.name ?? 'Campaign'}>
      <Link to="/campaigns" className="back-link">
        ← All campaigns
      </Link>
      {error?.missing ? (
        <Missing />
      ) : error ? (
        <LoadFailed title="Could not load this campaign" message={error.message} onRetry={retry} />
      ) : campaign ? (
        <Live campaign={campaign} />
      ) : (
        <Loading label="Loading the campaign…" />
      )}
    </Screen>
  )
}
