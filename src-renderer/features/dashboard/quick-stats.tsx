import type { ReactElement } from 'react'
import type { Headline } from '../../../src-shared/domain/analytics'
import { useT } from '../../i18n/use-t'
import { formatCount, formatPercent } from '../../lib/format'

const gap = ' '

/** One line on what the filters above chose: the period, the campaign and real campaigns or dry runs. */
export function QuickStats({ stats, scope }: { stats: Headline; scope: string }): ReactElement {
  const t = useT()
  return (
    <p className="quick-stats" aria-label={t('dashboard.quickStats.label')}>
      <strong>{t('dashboard.quickStats.scope', { scope })}</strong>
      {gap}
      {stats.campaigns === 0
        ? t('dashboard.quickStats.none')
        : t('dashboard.quickStats.figures', {
            campaigns: stats.campaigns,
            sent: formatCount(stats.sent),
            replies: stats.replied,
            rate: formatPercent(stats.replyRate),
            failed: formatCount(stats.failed),
          })}
    </p>
  )
}
