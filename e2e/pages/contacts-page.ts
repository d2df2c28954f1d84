import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'

/** The Contacts screen: saved lists, the import wizard and a list's page. */
export class ContactsPage {
  constructor(readonly page: Page) {}

  open(): Promise<void> {
    return new AppShell(this.page).open('Contacts')
  }

  trySample(): Locator {
    return this.page.getByRole('button', { name: 'Try the sample spreadsheet' }).first()
  }

  fileInput(): Locator {
    return this.page.getByLabel('Spreadsheet file')
  }

  country(): Locator {
    return this.page.getByLabel('Country for numbers without +')
  }

  columnUse(header: string): Locator {
    return this.page.getByLabel(`Use of column "${header}"`)
  }

  verdict(label: 'All' | 'Valid' | 'Invalid' | 'Duplicates' | 'Opted out' | 'Repaired'): Locator {
    return this.page
      .getByRole('group', { name: 'Show rows' })
      .getByRole('button', { name: new RegExp(`^${label}`) })
  }

  async next(to: 'check the numbers' | 'save the list'): Promise<void> {
    await this.page.getByRole('button', { name: `Next: ${to}` }).click()
  }

  listName(): Locator {
    return this.page.getByLabel('List name')
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save list' }).click()
  }
}
