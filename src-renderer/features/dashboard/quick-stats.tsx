import type { ReactElement } from 'react'
import type { Headline } from '../../../src-shared/domain/analytics'
import { rateBases } from '../../../src-shared/domain/rates'
import { formatCount, formatPercent, plural } from '../../lib/format'

/** One line on what the filters above chose: the period, the campaign and real campaigns or dry runs. */
export function QuickStats({ stats, scope }: { stats: Headline; scope: string }): ReactElement {
  return (
    <p className="quick-stats" aria-label="Headline">
      <strong>{scope}:</strong>{' '}
      {stats.campaigns === 0 ? (
        'no messages.'
      ) : (
        <>
          {plural(stats.campaigns, 'campaign', 'campaigns')} · {formatCount(stats.sent)} sent ·{' '}
          {plural(stats.replied, 'reply', 'replies')} ({formatPercent(stats.replyRate)} {rateBases.reply}) ·{' '}
          {formatCount(stats.failed)} failed
        </>
      )}
    </p>
  )
}
