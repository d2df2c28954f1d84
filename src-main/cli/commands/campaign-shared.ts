import type { Campaign } from '../../../src-shared/domain/campaigns'
import type { AppContext } from '../../context'

// What the campaign commands (campaign.ts, campaign-run.ts, campaign-retry.ts) share.

export type CampaignCtx = Pick<
  AppContext,
  | 'templates'
  | 'campaigns'
  | 'history'
  | 'openRehearsal'
  | 'lists'
  | 'events'
  | 'settings'
  | 'whatsapp'
  | 'linkTest'
  | 'clock'
  | 'accounts'
>

/** A campaign's messages by status, the ones it has: "sent 3, queued 2". */
export function describeCounts(c: Pick<Campaign, 'counts'>): string {
  return Object.entries(c.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ')
}
