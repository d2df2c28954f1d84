import type { ReactElement } from 'react'
import type { CampaignStatus, MessageStatus } from '../../src-shared/domain/campaigns'
import { useT } from '../i18n/use-t'
import { campaignStatusLabel, messageStatusLabel } from '../lib/campaign-status'
import './chips.css'

/** Where a campaign is, in a word, coloured by whether it is moving, waiting or done. */
export function CampaignStatusChip({ status }: { status: CampaignStatus }): ReactElement {
  const t = useT()
  return <span className={`chip chip--campaign-${status}`}>{campaignStatusLabel(t, status)}</span>
}

/** What became of one message, coloured from waiting to replied. */
export function MessageStatusChip({ status }: { status: MessageStatus }): ReactElement {
  const t = useT()
  return <span className={`chip chip--message-${status}`}>{messageStatusLabel(t, status)}</span>
}

/** "Dry run" or "Live": whether a campaign was a rehearsal or sent for real. */
export function ModeTag({ dryRun }: { dryRun: boolean }): ReactElement {
  const t = useT()
  return (
    <span className={dryRun ? 'dry-tag' : 'live-tag'}>
      {dryRun ? t('ui.mode.dryRun') : t('ui.mode.live')}
    </span>
  )
}
