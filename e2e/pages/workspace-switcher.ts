import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** The workspace switcher in the sidebar: the workspace shown, its menu and the New workspace dialog. */
export class WorkspaceSwitcher {
  constructor(readonly page: Page) {}

  button(): Locator {
    return this.page.getByRole('button', { name: /^Workspace / })
  }

  menu(): Locator {
    return this.page.getByRole('menu', { name: 'Workspaces' })
  }

  dialog(name = 'New workspace'): Locator {
    return this.page.getByRole('dialog', { name })
  }

  /** What the switcher says about workspaces sending in the background. */
  background(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'sending in the background' })
  }

  async expectShown(name: string): Promise<void> {
    await expect(this.button()).toHaveAccessibleName(`Workspace ${name}`)
  }

  async open(): Promise<void> {
    await this.button().click()
    await expect(this.menu()).toBeVisible()
  }

  /** Opens New workspace and fills it in; the caller presses Create and switch. */
  async fillNew(name: string, colour: string): Promise<void> {
    await this.open()
    await this.menu().getByRole('menuitem', { name: 'New workspace…' }).click()
    await this.dialog().getByLabel('Name').fill(name)
    await this.dialog().getByRole('radio', { name: colour }).check()
  }

  async create(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Create and switch' }).click()
  }

  /** Picks `name` in the menu; a question about the workspace left may follow. */
  async choose(name: string): Promise<void> {
    await this.open()
    await this.menu()
      .getByRole('menuitemradio', { name: new RegExp(`^${name}`) })
      .click()
  }
}
