import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { WidgetPlacement } from '../../../src-shared/domain/dashboard-layout'
import { EmptyState } from '../../ui/empty-state'
import { DashboardIcon } from '../../ui/icons'
import { CustomiseGrid } from './customise-grid'
import { WidgetGrid } from './widget-grid'

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
  /** The layout in use: which widgets, in which order and width. */
  widgets: WidgetPlacement[]
  /** While customising, each change of the widgets; null shows the Dashboard as it is. */
  onChange: ((widgets: WidgetPlacement[]) => void) | null
  onCustomise: () => void
}

/** Every widget of the dashboard for one answer of `analytics:get`, laid out or being customised. */
export function DashboardBody({
  analytics,
  allNumbers,
  widgets,
  onChange,
  onCustomise,
}: DashboardBodyProps): ReactElement {
  const data = { analytics, allNumbers }
  return onChange ? (
    <CustomiseGrid widgets={widgets} data={data} onChange={onChange} />
  ) : (
    <WidgetGrid widgets={widgets} data={data} onCustomise={onCustomise} />
  )
}
