import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { EmptyState } from '../../ui/empty-state'
import { DashboardIcon } from '../../ui/icons'
import { ErrorsList, FunnelChart, StatCards, TimingCard, VariantsPanel } from '../../ui/analytics'
import { CampaignCountsTable } from './campaign-counts-table'
import { CountriesTable } from './countries-table'
import { Heatmap } from './heatmap'
import { NumbersTable } from './numbers-table'
import { TrendChart } from './trend-chart'

type NoMessagesProps = {
  allTime: boolean
  oneCampaign: boolean
  onAllTime: () => void
  onAllCampaigns: () => void
  /** Offered while dry runs are left out. */
  onIncludeDryRuns: (() => void) | null
  /** Offered while one sending number is chosen. */
  onAllNumbers?: (() => void) | null
}

/** A period or campaign without messages: say so, and offer the wider view that has some. */
export function NoMessages({
  allTime,
  oneCampaign,
  onAllTime,
  onAllCampaigns,
  onIncludeDryRuns,
  onAllNumbers = null,
}: NoMessagesProps): ReactElement {
  const title = allTime && oneCampaign ? 'This campaign has no messages yet' : 'No messages in this period'
  return (
    <EmptyState
      icon={<DashboardIcon />}
      title={title}
      actions={
        <>
          {allTime ? null : (
            <button type="button" className="button button--primary" onClick={onAllTime}>
              Show all time
            </button>
          )}
          {oneCampaign ? (
            <button type="button" className="button" onClick={onAllCampaigns}>
              Show all campaigns
            </button>
          ) : null}
          {onAllNumbers ? (
            <button type="button" className="button" onClick={onAllNumbers}>
              Show all numbers
            </button>
          ) : null}
          {onIncludeDryRuns ? (
            <button type="button" className="button" onClick={onIncludeDryRuns}>
              Include dry runs
            </button>
          ) : null}
        </>
      }
    >
      <p>
        {allTime
          ? 'Its messages appear here as soon as it starts sending.'
          : 'No message was queued between these dates. Choose a longer period, or “All time” to see everything Herald has sent.'}
        {onIncludeDryRuns ? ' Dry runs are left out: only real campaigns count here.' : ''}
      </p>
    </EmptyState>
  )
}

type DashboardBodyProps = {
  analytics: Analytics
  /** Whether the figures are of every sending number: one number's would make a table of one row. */
  allNumbers: boolean
}

/**
 * Every section of the dashboard for one answer of `analytics:get`. The numbers' table shows once a second
 * number has sent anything: with one number it would only repeat the cards.
 */
export function DashboardBody({ analytics, allNumbers }: DashboardBodyProps): ReactElement {
  const byNumber = allNumbers && analytics.accounts.length > 1 && analytics.byAccount.length > 0
  return (
    <>
      <StatCards analytics={analytics} />
      <div className="analytics-grid analytics-grid--funnel">
        <FunnelChart funnel={analytics.funnel} totals={analytics.totals} />
        <TimingCard rates={analytics.rates} />
      </div>
      {byNumber ? <NumbersTable numbers={analytics.byAccount} /> : null}
      <Heatmap hourly={analytics.hourly} />
      <TrendChart daily={analytics.daily} />
      <div className="analytics-grid analytics-grid--tables">
        <VariantsPanel variants={analytics.variants} />
        <CountriesTable countries={analytics.countries} />
      </div>
      <ErrorsList errors={analytics.errors} />
      <CampaignCountsTable campaigns={analytics.campaigns} />
    </>
  )
}
