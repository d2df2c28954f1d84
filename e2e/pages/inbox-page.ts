import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** The Inbox: its navigation link and unread count, the conversations list, one conversation, the export. */
export class InboxPage {
  constructor(readonly page: Page) {}

  /** The sidebar's link; its name carries the unread count ("Inbox 3 unread"). */
  navLink(): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: /^Inbox/ })
  }

  async open(): Promise<void> {
    await this.navLink().click()
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Inbox')
  }

  /** The unread count beside "Inbox", as a number; 0 when there is no badge. */
  async badgeCount(): Promise<number> {
    const badge = this.navLink().locator('.nav-badge [aria-hidden="true"]')
    if ((await badge.count()) === 0) return 0
    return Number((await badge.innerText()).replace(/\D/g, ''))
  }

  showRehearsal(): Locator {
    return this.page.getByRole('checkbox', { name: 'Show rehearsal replies' })
  }

  filter(name: 'Status' | 'Campaign' | 'Period' | 'Sending number'): Locator {
    return this.page.getByRole('combobox', { name })
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search the replies' })
  }

  count(): Locator {
    return this.page.getByRole('status', { name: 'Conversations shown' })
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Conversations' })
  }

  /** The body rows drawn (the virtualised table draws those in view). */
  rows(): Locator {
    return this.table().locator('tbody tr.inbox-row')
  }

  /** The contact's link in a row: what opens the conversation. */
  contactLink(row: Locator): Locator {
    return row.locator('.inbox-contact__name')
  }

  // One conversation
  contactPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Contact' })
  }

  note(): Locator {
    return this.contactPanel().getByLabel('Note')
  }

  mark(label: 'Mark Lead' | 'Handled' | 'Back to New' | 'Opt out' | 'Undo opt-out' | 'Save note'): Locator {
    return this.contactPanel().getByRole('button', { name: label, exact: true })
  }

  answerBox(): Locator {
    return this.page.getByRole('form', { name: 'Answer' })
  }

  // The export
  exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export leads' })
  }

  exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export leads' })
  }
}
