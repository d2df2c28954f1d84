import type { Locator, Page } from '@playwright/test'

/** The Dashboard's widgets and Customise mode: frames, their controls, the layouts and the hidden list. */
export class DashboardLayoutPage {
  constructor(readonly page: Page) {}

  /** The widgets in the order the screen shows them, by their ids (data-widget). */
  order(): Promise<string[]> {
    return this.page
      .locator('[data-widget]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-widget') ?? ''))
  }

  widget(id: string): Locator {
    return this.page.locator(`[data-widget="${id}"]`)
  }

  customise(): Locator {
    return this.page.getByRole('button', { name: 'Customise', exact: true })
  }

  done(): Locator {
    return this.page.getByRole('button', { name: 'Done', exact: true })
  }

  /** A widget's frame in Customise, named by its title. */
  frame(title: string): Locator {
    return this.page.getByRole('group', { name: title, exact: true })
  }

  handle(title: string): Locator {
    return this.page.getByRole('button', { name: `Move ${title}`, exact: true })
  }

  hide(title: string): Locator {
    return this.page.getByRole('button', { name: `Hide ${title}`, exact: true })
  }

  show(title: string): Locator {
    return this.page.getByRole('button', { name: `Show ${title}`, exact: true })
  }

  width(title: string, width: 'Half' | 'Full'): Locator {
    return this.page
      .getByRole('radiogroup', { name: `Width of ${title}` })
      .getByRole('radio', { name: width })
  }

  /** What Customise said about the last change, for screen readers. */
  said(): Locator {
    return this.page.locator('.customise [role="status"]')
  }

  picker(): Locator {
    return this.page.getByLabel('Layout', { exact: true })
  }

  /** The name of the layout the picker shows. */
  pickedLayout(): Locator {
    return this.picker().locator('option:checked')
  }

  button(name: 'Save as new layout…' | 'Rename…' | 'Delete…' | 'Reset to default'): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  async saveAsNew(name: string): Promise<void> {
    await this.button('Save as new layout…').click()
    const dialog = this.page.getByRole('dialog', { name: 'Save as a new layout' })
    await dialog.getByLabel('Layout name').fill(name)
    await dialog.getByRole('button', { name: 'Save layout' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }
}
