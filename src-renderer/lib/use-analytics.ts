import type { Analytics, AnalyticsQuery } from '../../src-shared/domain/analytics'
import { useQuery } from './query'
import type { Query } from './query'

/**
 * The analytics for a query, read again while campaigns make progress so that the numbers stay current.
 * The last answer stays on screen while another period is read; a null query (an unfinished custom period)
 * keeps it and asks nothing.
 */
export function useAnalytics(query: AnalyticsQuery | null): Query<Analytics> {
  return useQuery('analytics:get', query, { invalidateOn: ['campaign:progress'], keepPrevious: true })
}
