import type { ReactElement } from 'react'
import { useAnalytics } from '../../lib/use-analytics'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { ErrorsList, FunnelChart, StatCards, TimingCard, VariantsPanel } from '../../ui/analytics'
import { Card } from '../../ui/card'
import { InlineError } from '../../ui/load-states'

/** Skipped without an error category: the campaign was stopped before their turn came. */
export function notSentWords(t: Translate, skipped: number): string {
  return t('history.analytics.notSent', { count: skipped })
}

/** The campaign's figures, with the Dashboard's own cards and charts, kept to what one campaign needs. */
export function CampaignAnalytics({ campaignId }: { campaignId: number }): ReactElement {
  const t = useT()
  const { data, error, refetch } = useAnalytics({ campaignId })
  if (error && !data) {
    return (
      <InlineError className="card" onRetry={refetch}>
        {t('history.analytics.failed', { error: error.message })}
      </InlineError>
    )
  }
  if (!data) return <p className="muted">{t('history.analytics.loading')}</p>
  const variants = data.variants.list.length > 1
  return (
    <div className="analytics">
      <StatCards analytics={data} />
      <div className="analytics-grid analytics-grid--funnel">
        <FunnelChart funnel={data.funnel} totals={data.totals} />
        <TimingCard rates={data.rates} />
      </div>
      <div className={variants ? 'analytics-grid' : undefined}>
        {variants ? <VariantsPanel variants={data.variants} /> : null}
        {data.errors.length === 0 && data.totals.skipped > 0 ? (
          <Card title={t('analytics.errors.title')}>
            <p>{notSentWords(t, data.totals.skipped)}</p>
          </Card>
        ) : (
          <ErrorsList errors={data.errors} />
        )}
      </div>
    </div>
  )
}
