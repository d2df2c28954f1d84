import { useEffect, useState } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { api } from '../../lib/api'

export type ReportData =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; campaign: Campaign; analytics: Analytics }

/** The campaign and its analytics, read once for the printed report. */
export function useReportData(campaignId: number): ReportData {
  const [data, setData] = useState<{ campaignId: number; data: ReportData } | null>(null)
  useEffect(() => {
    let live = true
    void Promise.all([
      api.invoke('campaigns:get', { campaignId }),
      api.invoke('analytics:get', { campaignId }),
    ]).then(([campaign, analytics]) => {
      if (!live) return
      const failure = !campaign.ok ? campaign.error : !analytics.ok ? analytics.error : null
      if (failure) setData({ campaignId, data: { status: 'failed', message: failure.message } })
      else if (campaign.ok && analytics.ok)
        setData({
          campaignId,
          data: { status: 'loaded', campaign: campaign.value, analytics: analytics.value },
        })
    })
    return () => {
      live = false
    }
  }, [campaignId])
  // What was read for another campaign is not shown while this one loads.
  return data?.campaignId === campaignId ? data.data : { status: 'loading' }
}
