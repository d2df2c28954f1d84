import type { DryRunFilter } from '../../src-shared/domain/analytics'
import type { CampaignStatus, MessageStatus, StatusCounts } from '../../src-shared/domain/campaigns'
import type { Translate } from '../i18n/use-t'

// The English tables, for the screens that do not word statuses through the catalogue yet and the exports
export { campaignStatusLabels, messageStatusLabels } from '../../src-shared/domain/status-words'

/** A campaign's status in the window's language: "Sending", "Finished"… */
export const campaignStatusLabel = (t: Translate, status: CampaignStatus): string =>
  t(`campaigns.status.${status}`)

/** A message's status in the window's language: "Sent", "Delivered"… */
export const messageStatusLabel = (t: Translate, status: MessageStatus): string =>
  t(`campaigns.messageStatus.${status}`)

/** Messages that have reached an outcome: everything but those still waiting or on their way. */
export function doneCount(counts: StatusCounts): number {
  return Object.entries(counts).reduce(
    (sum, [status, count]) => (status === 'queued' || status === 'sending' ? sum : sum + count),
    0,
  )
}

/** How far a campaign has got, in whole percent for a progress bar: 100 only when every message is done. */
export function percentDone(counts: StatusCounts, total: number): number {
  return total === 0 ? 0 : Math.floor((doneCount(counts) / total) * 100)
}

/** Whether the engine may still send: the live view keeps following it. */
export function isActive(status: CampaignStatus): boolean {
  return status === 'running' || status === 'paused' || status === 'scheduled' || status === 'interrupted'
}

/** The words for real campaigns and dry runs, the same in History's and the Dashboard's filters. */
export const dryRunFilterLabels: Record<DryRunFilter, string> = {
  all: 'Dry runs and live',
  dry: 'Dry runs only',
  live: 'Live only',
}

/** The same, in the window's language. */
export const dryRunFilterLabel = (t: Translate, filter: DryRunFilter): string =>
  t(`campaigns.dryRunFilter.${filter}`)
