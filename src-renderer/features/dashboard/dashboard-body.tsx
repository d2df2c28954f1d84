import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { WidgetPlacement } from '../../../src-shared/domain/dashboard-layout'
import { useT } from '../../i18n/use-t'
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
  const t = useT()
  const title = t(
    allTime && oneCampaign ? 'dashboard.noMessages.campaignTitle' : 'dashboard.noMessages.periodTitle',
  )
  const text = `dashboard.noMessages.${allTime ? 'campaignText' : 'periodText'}${onIncludeDryRuns ? 'NoDryRuns' : ''}`
  return (
    <EmptyState
      icon={<DashboardIcon />}
      title={title}
      actions={
        <>
          {allTime ? null : (
            <button type="button" className="button button--primary" onClick={onAllTime}>
              {t('dashboard.action.allTime')}
            </button>
          )}
          {oneCampaign ? (
            <button type="button" className="button" onClick={onAllCampaigns}>
              {t('dashboard.action.allCampaigns')}
            </button>
          ) : null}
          {onAllNumbers ? (
            <button type="button" className="button" onClick={onAllNumbers}>
              {t('dashboard.action.allNumbers')}
            </button>
          ) : null}
          {onIncludeDryRuns ? (
            <button type="button" className="button" onClick={onIncludeDryRuns}>
              {t('dashboard.action.includeDryRuns')}
            </button>
          ) : null}
        </>
      }
    >
      <p>{t(text)}</p>
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
