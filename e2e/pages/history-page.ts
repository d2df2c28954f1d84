import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { AppShell } from './app-shell'
import type { MessageStatus } from '../../src-shared/domain/campaigns'
import { countIn } from './dry-run-campaign'

/** History: the campaigns table, a campaign's page with its message log, retry, delete and compare. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  open(): Promise<void> {
    return new AppShell(this.page).open('History')
  }

  table(): Locator {
    return this.page.getByRole('region', { name: 'Your campaigns' })
  }

  row(campaign: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: campaign, exact: true }) })
  }

  /** A figure of a campaign's row, by its column header. */
  async cell(campaign: string, column: string): Promise<string> {
    const headers = await this.table().getByRole('columnheader').allInnerTexts()
    const index = headers.findIndex((h) => h.replace(/[▲▼↕]/g, '').trim() === column)
    return this.row(campaign).getByRole('cell').nth(index).innerText()
  }

  async openCampaign(campaign: string): Promise<void> {
    await this.row(campaign).getByRole('link', { name: campaign, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(campaign)
  }

  select(campaign: string): Locator {
    return this.page.getByRole('checkbox', { name: `Select ${campaign} to compare` })
  }

  /** A headline card of the campaign page ("Failed", "Messages sent"…). */
  async cardCount(label: string): Promise<number> {
    const card = this.page
      .getByRole('list', { name: 'Totals' })
      .getByRole('listitem', { name: label, exact: true })
    return countIn(await card.locator('.stat-card__value').innerText())
  }

  log(): Locator {
    return this.page.getByRole('region', { name: 'Message log' })
  }

  /** Shows only messages in `status`, or all of them with 'any'. */
  async filterStatus(status: MessageStatus | 'any'): Promise<void> {
    await this.page.getByLabel('Status', { exact: true }).selectOption(status === 'any' ? '' : status)
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' })
  }

  /** How many messages the log says match; waits for the count to settle after a filter. */
  async logCount(): Promise<number> {
    const count = this.page.getByRole('status', { name: 'Messages shown' })
    await expect(count).not.toHaveText('Counting…')
    return countIn(await count.innerText())
  }

  /** The visible rows of the log (at most a screenful: the table is virtualised). */
  logRows(): Locator {
    return this.log().locator('tbody tr:not(.vtable__spacer)')
  }

  retryDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Retry failed / unsent messages' })
  }
}
