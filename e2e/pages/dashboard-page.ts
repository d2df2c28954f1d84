import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'
import { countIn } from './dry-run-campaign'

type CardLabel = 'Messages sent' | 'Delivered' | 'Read' | 'Replied' | 'Opted out' | 'Failed'
type PeriodLabel = 'Last 7 days' | 'Last 30 days' | 'Last 90 days' | 'All time' | 'Custom'
type FunnelStage = 'Queued' | 'Sent' | 'Delivered' | 'Read' | 'Replied'

/** The Dashboard screen: period and campaign, headline cards, funnel, heatmap and tables. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  open(): Promise<void> {
    return new AppShell(this.page).open('Dashboard')
  }

  card(label: CardLabel): Locator {
    return this.page.getByRole('list', { name: 'Totals' }).getByRole('listitem', { name: label, exact: true })
  }

  async cardCount(label: CardLabel): Promise<number> {
    return countIn(await this.card(label).locator('.stat-card__value').innerText())
  }

  async funnelCount(stage: FunnelStage): Promise<number> {
    const row = this.page.locator('.funnel__stages').getByRole('listitem', { name: stage, exact: true })
    return countIn(await row.locator('.funnel__count').innerText())
  }

  period(label: PeriodLabel): Locator {
    return this.page.getByRole('radiogroup', { name: 'Period' }).getByRole('radio', { name: label })
  }

  from(): Locator {
    return this.page.getByLabel('From', { exact: true })
  }

  to(): Locator {
    return this.page.getByLabel('To', { exact: true })
  }

  campaignFilter(): Locator {
    return this.page.getByLabel('Campaign', { exact: true })
  }

  campaignsTable(): Locator {
    return this.page.getByRole('region', { name: 'Campaigns in this period' })
  }

  heatmapMode(label: 'Messages sent' | 'Replies received'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: label })
  }

  bestTimes(): Locator {
    return this.page.getByRole('region', { name: 'Best times' })
  }

  /** Real campaigns, dry runs or both, in History's words. */
  mode(): Locator {
    return this.page.getByLabel('Mode', { exact: true })
  }

  async includeDryRuns(): Promise<void> {
    await this.mode().selectOption({ label: 'Dry runs and live' })
  }

  /** The line over the figures, about the period, campaign and mode chosen. */
  quickStats(): Locator {
    return this.page.getByLabel('Headline', { exact: true }).and(this.page.locator('.quick-stats'))
  }
}
