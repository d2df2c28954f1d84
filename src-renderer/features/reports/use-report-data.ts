import type { Analytics } from '../../../src-shared/domain/analytics'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { useQuery } from '../../lib/query'

export type ReportData =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; campaign: Campaign; analytics: Analytics }

/** The campaign and its analytics for the printed report, read when it opens and not moved after. */
export function useReportData(campaignId: number): ReportData {
  const campaign = useQuery('campaigns:get', { campaignId })
  const analytics = useQuery('analytics:get', { campaignId })
  const failure = campaign.error ?? analytics.error
  if (failure) return { status: 'failed', message: failure.message }
  if (campaign.data && analytics.data)
    return { status: 'loaded', campaign: campaign.data, analytics: analytics.data }
  return { status: 'loading' }
}
