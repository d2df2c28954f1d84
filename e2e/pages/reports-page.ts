import type { Locator, Page } from '@playwright/test'

/** The Export dialog (from any screen's "Export" button) and Settings → Data care. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true })
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Export/ })
  }

  report(name: string): Locator {
    return this.dialog().getByRole('radio', { name })
  }

  format(name: string): Locator {
    return this.dialog().getByRole('radio', { name })
  }

  save(): Locator {
    return this.dialog().getByRole('button', { name: /^Save/ })
  }

  /** "Language of the file": the exported file's headings and words. */
  language(): Locator {
    return this.dialog().getByLabel('Language of the file')
  }

  progress(): Locator {
    return this.dialog().getByRole('progressbar', { name: 'Export progress' })
  }

  savedPath(): Locator {
    return this.dialog().locator('.saved-file__path')
  }

  /** The browser run's "Download" of a saved file, in `within` (the Export dialog by default). */
  download(within: Locator = this.dialog()): Locator {
    return within.getByRole('button', { name: 'Download', exact: true })
  }

  dataCare(): Locator {
    return this.page.getByRole('region', { name: 'Data care' })
  }

  backUpNow(): Locator {
    return this.dataCare().getByRole('button', { name: 'Back up now' })
  }

  backups(): Locator {
    return this.dataCare().getByRole('list', { name: 'Backups' }).getByRole('listitem')
  }
}
