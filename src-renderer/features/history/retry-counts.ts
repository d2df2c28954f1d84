import { useEffect, useState } from 'react'
import type { Campaign, ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import { neverRetriedFailures, permanentSkipCategories } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'

export type RetryCounts = { failed: number; unsent: number; uncertain: number; waiting: number }

async function count(campaignId: number, status: MessageStatus, category?: ErrorCategory): Promise<number> {
  const result = await api.invoke('history:messages', {
    campaignId,
    status,
    limit: 1,
    ...(category ? { category } : {}),
  })
  return result.ok ? result.value.total : 0
}

/**
 * How many messages each kind of retry would send again, by the rule the main process applies: failed
 * ones except those that may have gone out; skipped ones that may pass next time; queued ones once the
 * campaign has finished (before, the campaign itself still sends them). Opt-outs since are left out later.
 */
async function retryCounts(campaign: Campaign): Promise<RetryCounts> {
  const id = campaign.id
  const [uncertain, permanent] = await Promise.all([
    Promise.all(neverRetriedFailures.map((c) => count(id, 'failed', c))),
    Promise.all(permanentSkipCategories.map((c) => count(id, 'skipped', c))),
  ])
  const finished = campaign.status === 'completed' || campaign.status === 'cancelled'
  const notRetried = uncertain.reduce((a, b) => a + b, 0)
  return {
    failed: campaign.counts.failed - notRetried,
    unsent:
      campaign.counts.skipped -
      permanent.reduce((a, b) => a + b, 0) +
      (finished ? campaign.counts.queued : 0),
    uncertain: notRetried,
    waiting: finished ? 0 : campaign.counts.queued,
  }
}

export function useRetryCounts(campaign: Campaign, open: boolean): RetryCounts | null {
  const [counts, setCounts] = useState<{ key: string; value: RetryCounts } | null>(null)
  const key = `${campaign.id}|${JSON.stringify(campaign.counts)}|${campaign.status}`
  useEffect(() => {
    if (!open) return
    let current = true
    void retryCounts(campaign).then((value) => {
      if (current) setCounts({ key, value })
    })
    return () => {
      current = false
    }
    // The campaign object changes on every progress event; its counts and status are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, open])
  return counts?.key === key ? counts.value : null
}
