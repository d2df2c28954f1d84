import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { WidgetId } from '../../../src-shared/domain/dashboard-layout'
import { ErrorsList, FunnelChart, StatCards, TimingCard, VariantsPanel } from '../../ui/analytics'
import { Card } from '../../ui/card'
import { CampaignCountsTable } from './campaign-counts-table'
import { CountriesTable } from './countries-table'
import { Heatmap } from './heatmap'
import { InboxWidget } from './inbox-widget'
import { NumbersTable } from './numbers-table'
import { TemplatesWidget } from './templates-widget'
import { TrendChart } from './trend-chart'
import { useT } from '../../i18n/use-t'

export type WidgetData = {
  analytics: Analytics
  /** Whether the figures are of every sending number: one number's would make a table of one row. */
  allNumbers: boolean
}

/**
 * Whether a widget has anything to add. The numbers' table waits for a second number to have sent
 * something: with one number it would only repeat the cards.
 */
export function widgetApplies(id: WidgetId, { analytics, allNumbers }: WidgetData): boolean {
  if (id !== 'numbers') return true
  return allNumbers && analytics.accounts.length > 1 && analytics.byAccount.length > 0
}

/** What the numbers' widget says in Customise while it has nothing to show. */
function NumbersLater(): ReactElement {
  const t = useT()
  return (
    <Card title={t('dashboard.widget.numbers')} className="widget-later">
      <p className="muted">{t('dashboard.widgets.numbersLater')}</p>
    </Card>
  )
}

/** One widget's section of the Dashboard. */
export function WidgetContent({ id, data }: { id: WidgetId; data: WidgetData }): ReactElement {
  const { analytics } = data
  switch (id) {
    case 'stats':
      return <StatCards analytics={analytics} />
    case 'funnel':
      return <FunnelChart funnel={analytics.funnel} totals={analytics.totals} />
    case 'timing':
      return <TimingCard rates={analytics.rates} />
    case 'numbers':
      return widgetApplies(id, data) ? <NumbersTable numbers={analytics.byAccount} /> : <NumbersLater />
    case 'heatmap':
      return <Heatmap hourly={analytics.hourly} />
    case 'trend':
      return <TrendChart daily={analytics.daily} />
    case 'variants':
      return <VariantsPanel variants={analytics.variants} />
    case 'countries':
      return <CountriesTable countries={analytics.countries} />
    case 'inbox':
      return <InboxWidget inbox={analytics.inbox} />
    case 'templates':
      return <TemplatesWidget templates={analytics.templates} />
    case 'errors':
      return <ErrorsList errors={analytics.errors} />
    case 'campaigns':
      return <CampaignCountsTable campaigns={analytics.campaigns} />
  }
}
