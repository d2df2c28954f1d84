import type { Locator, Page } from '@playwright/test'

/** The Settings screen: its fields by their labels, and its buttons. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' })
  }

  defaultCountry(): Locator {
    return this.field('Default country')
  }

  dailyCap(): Locator {
    return this.field('At most per day')
  }

  minDelay(): Locator {
    return this.field('Shortest delay between messages (seconds)')
  }

  save(): Locator {
    return this.page.getByRole('button', { name: 'Save settings' })
  }

  saved(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Settings saved' })
  }
}
