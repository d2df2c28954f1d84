import type { Locator, Page } from '@playwright/test'

/** Reports: the saved custom reports, and the builder with its preview, export and PDF. */
export class CustomReportsPage {
  constructor(readonly page: Page) {}

  navLink(): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: 'Reports', exact: true })
  }

  /** The saved reports' table, or one of its rows by the report's name. */
  savedReports(): Locator {
    return this.page.getByRole('region', { name: 'Saved reports' }).getByRole('table')
  }

  row(name: string): Locator {
    return this.savedReports()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  newReport(): Locator {
    return this.page.getByRole('link', { name: 'New report' })
  }

  name(): Locator {
    return this.page.getByLabel('Report name')
  }

  groupSlot(label: 'First by' | 'Then by' | 'And then by'): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  measure(label: string): Locator {
    return this.page
      .getByRole('group', { name: 'Measures' })
      .getByRole('checkbox', { name: label, exact: true })
  }

  campaignsCounted(label: 'Real campaigns' | 'Dry runs' | 'Both'): Locator {
    return this.page
      .getByRole('radiogroup', { name: 'Campaigns counted' })
      .getByRole('radio', { name: label })
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' })
  }

  previewTable(): Locator {
    return this.preview().getByRole('table')
  }

  /** The preview table's row of totals: "Total", then one cell per measure. */
  totals(): Locator {
    return this.previewTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: 'Total' }) })
  }

  chart(): Locator {
    return this.preview().getByRole('figure')
  }

  save(): Locator {
    return this.page.getByRole('button', { name: /^Save (report|as new report)$/ })
  }

  saveStatus(): Locator {
    return this.page.locator('.action-bar__status')
  }

  exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true })
  }

  exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Export/ })
  }

  savedPath(): Locator {
    return this.exportDialog().locator('.saved-file__path')
  }

  pdfButton(): Locator {
    return this.page.getByRole('button', { name: 'PDF', exact: true })
  }
}
