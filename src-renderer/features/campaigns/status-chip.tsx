import type { ReactElement } from 'react'
import type { CampaignStatus, MessageStatus } from '../../../src-shared/domain/campaigns'
import { campaignStatusLabels, messageStatusLabels } from './labels'
import '../contacts/verdicts.css'
import './campaigns.css'

export function CampaignStatusChip({ status }: { status: CampaignStatus }): ReactElement {
  return <span className={`chip chip--campaign-${status}`}>{campaignStatusLabels[status]}</span>
}

export function MessageStatusChip({ status }: { status: MessageStatus }): ReactElement {
  return <span className={`chip chip--message-${status}`}>{messageStatusLabels[status]}</span>
}
