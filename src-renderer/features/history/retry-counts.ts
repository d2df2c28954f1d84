import type { Campaign, ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import { neverRetriedFailures, permanentSkipCategories } from '../../../src-shared/domain/history'
import type { MessageLogQuery } from '../../../src-shared/domain/history'
import { useQueryList } from '../../lib/query'

export type RetryCounts = { failed: number; unsent: number; uncertain: number; waiting: number }

/** What Herald counts: failed messages that may have gone out, and skipped ones that would be skipped again. */
function countQueries(campaignId: number): MessageLogQuery[] {
  const count = (status: MessageStatus, category: ErrorCategory): MessageLogQuery => ({
    campaignId,
    status,
    category,
    limit: 1,
  })
  return [
    ...neverRetriedFailures.map((c) => count('failed', c)),
    ...permanentSkipCategories.map((c) => count('skipped', c)),
  ]
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)

/**
 * How many messages each kind of retry would send again, by the rule the main process applies: failed
 * ones except those that may have gone out; skipped ones that may pass next time; queued ones once the
 * campaign has finished (before, the campaign itself still sends them). Opt-outs since are left out later.
 */
function retryCounts(campaign: Campaign, totals: number[]): RetryCounts {
  const uncertain = sum(totals.slice(0, neverRetriedFailures.length))
  const permanent = sum(totals.slice(neverRetriedFailures.length))
  const finished = campaign.status === 'completed' || campaign.status === 'cancelled'
  return {
    failed: campaign.counts.failed - uncertain,
    unsent: campaign.counts.skipped - permanent + (finished ? campaign.counts.queued : 0),
    uncertain,
    waiting: finished ? 0 : campaign.counts.queued,
  }
}

/** The retry counts while the dialog is open, read again as the campaign moves; null while counting. */
export function useRetryCounts(campaign: Campaign, open: boolean): RetryCounts | null {
  const pages = useQueryList('history:messages', open ? countQueries(campaign.id) : null, {
    invalidateOn: ['campaign:progress'],
  })
  // A count Herald could not make counts as none: the retry itself decides, message by message.
  const totals = pages.data?.map((page) => page.total) ?? (pages.error ? [] : null)
  return totals ? retryCounts(campaign, totals) : null
}
