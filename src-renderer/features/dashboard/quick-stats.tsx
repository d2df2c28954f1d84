import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { formatCount, formatPercent, plural } from '../../lib/format'

/** One line on the last 30 days, whatever the period picked above. */
export function QuickStats({ stats }: { stats: Analytics['last30Days'] }): ReactElement {
  return (
    <p className="quick-stats" aria-label="Last 30 days">
      <strong>Last 30 days:</strong>{' '}
      {stats.campaigns === 0 ? (
        'no messages.'
      ) : (
        <>
          {plural(stats.campaigns, 'campaign', 'campaigns')} · {formatCount(stats.sent)} sent ·{' '}
          {plural(stats.replied, 'reply', 'replies')} ({formatPercent(stats.replyRate)}) ·{' '}
          {formatCount(stats.failed)} failed
        </>
      )}
    </p>
  )
}
