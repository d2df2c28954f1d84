import type { ReactElement } from 'react'
import { useAnalytics } from '../../lib/use-analytics'
import { plural } from '../../lib/format'
import { ErrorsList, FunnelChart, StatCards, TimingCard, VariantsPanel } from '../../ui/analytics'
import { Card } from '../../ui/card'
import { InlineError } from '../../ui/load-states'

/** Skipped without an error category: the campaign was stopped before their turn came. */
export function notSentWords(skipped: number): string {
  return `Nothing failed. ${plural(skipped, 'message was', 'messages were')} not sent because the campaign was stopped before their turn; “Retry failed / unsent” sends them in a new campaign.`
}

/** The campaign's figures, with the Dashboard's own cards and charts, kept to what one campaign needs. */
export function CampaignAnalytics({ campaignId }: { campaignId: number }): ReactElement {
  const { data, error, refetch } = useAnalytics({ campaignId })
  if (error && !data) {
    return (
      <InlineError className="card" onRetry={refetch}>
        Could not add up this campaign&apos;s figures. {error.message}
      </InlineError>
    )
  }
  if (!data) return <p className="muted">Adding up the figures…</p>
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
          <Card title="What went wrong">
            <p>{notSentWords(data.totals.skipped)}</p>
          </Card>
        ) : (
          <ErrorsList errors={data.errors} />
        )}
      </div>
    </div>
  )
}
