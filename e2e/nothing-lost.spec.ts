import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell, openHerald } from './pages/app-shell'
import { ContactsPage } from './pages/contacts-page'
import { SettingsPage } from './pages/settings-page'

// Issue 15, "nothing lost by a click": unsaved work holds back every way out, and an import waits for its
// owner to come back.

const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Leave without saving?' })

test.describe('nothing lost by a click', () => {
  test('leaving Settings with a change asks first: Stay keeps it, Leave drops it', async ({
    page,
    herald,
  }, testInfo) => {
    const shell = await openHerald(page, herald.url, 'Settings')
    const settings = new SettingsPage(page)
    const cap = await settings.dailyCap().inputValue()
    await settings.dailyCap().fill('123')
    await shell.navLink('Dashboard').click()
    await expect(leaveDialog(page)).toBeVisible()
    await expect(leaveDialog(page)).toContainText('You have not saved your changes to the settings')
    await shell.screenshot(testInfo, 'settings-leave-dialog')
    await leaveDialog(page).getByRole('button', { name: 'Stay' }).click()
    await expect(leaveDialog(page)).toBeHidden()
    await expect(shell.heading()).toHaveText('Settings')
    await expect(settings.dailyCap()).toHaveValue('123')

    // The browser's own back button asks the same question.
    await page.goBack()
    await expect(leaveDialog(page)).toBeVisible()
    await leaveDialog(page).getByRole('button', { name: 'Stay' }).click()
    await expect(shell.heading()).toHaveText('Settings')
    await expect(settings.dailyCap()).toHaveValue('123')

    // Closing the tab or the window asks through the browser.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type())
        void dialog.dismiss()
      }),
    )
    await page.close({ runBeforeUnload: true })
    expect(await asked).toBe('beforeunload')
    expect(page.isClosed()).toBe(false)

    await shell.navLink('Dashboard').click()
    await leaveDialog(page).getByRole('button', { name: 'Leave' }).click()
    await expect(shell.heading()).toHaveText('Dashboard')
    await shell.open('Settings')
    await expect(settings.dailyCap()).toHaveValue(cap)
    // Data care says what the write-ahead log is in a shop owner's words.
    await expect(
      page.getByText('Recent changes waiting to be tidied into the main file (normal)'),
    ).toBeVisible()
    await expect(page.getByText(/WAL|folded in/)).toHaveCount(0)
    await shell.screenshot(testInfo, 'settings-data-care')
    // Nothing unsaved: the way out is free.
    await shell.open('Connect')
  })

  test('leaving Compose with an unsaved message asks first', async ({ page, herald }, testInfo) => {
    const shell = await openHerald(page, herald.url, 'Compose')
    await page.getByLabel('Message name').fill('Half written')
    await page.getByLabel('Message', { exact: true }).fill('Hi {{name}}, we')
    await shell.navLink('Contacts').click()
    await expect(leaveDialog(page)).toContainText('your changes to this message')
    await shell.screenshot(testInfo, 'compose-leave-dialog')
    await leaveDialog(page).getByRole('button', { name: 'Stay' }).click()
    await expect(page.getByLabel('Message', { exact: true })).toHaveValue('Hi {{name}}, we')
    await shell.navLink('Contacts').click()
    await leaveDialog(page).getByRole('button', { name: 'Leave' }).click()
    await expect(shell.heading()).toHaveText('Contacts')
  })

  test('an import left half-way waits with its step and choices; the country hint reads UK numbers', async ({
    page,
    herald,
  }, testInfo) => {
    await page.goto(`${herald.url}#/contacts/import`)
    const shell = new AppShell(page)
    const contacts = new ContactsPage(page)
    const step = page.getByRole('list', { name: 'Import steps' }).locator('[aria-current="step"]')
    await contacts.trySample().click()
    await contacts.country().selectOption('US')
    // The sample's UK numbers read as American: Herald says which country they look like.
    const hint = page.getByRole('status').filter({ hasText: 'Read this list as United Kingdom?' })
    await expect(hint).toContainText(/\d+ numbers look like United Kingdom numbers \(\+44\)/)
    await contacts.columnUse('Owner').selectOption({ label: 'Do not import' })
    await expect(contacts.columnUse('Owner')).toHaveValue('ignore')
    await shell.screenshot(testInfo, 'import-country-hint')

    await shell.open('Dashboard')
    await shell.open('Contacts')
    const waiting = page.getByRole('status').filter({ hasText: 'Your import of' })
    await expect(waiting).toContainText('sample-contacts.xlsx is not finished')
    await shell.screenshot(testInfo, 'contacts-import-waiting')
    await waiting.getByRole('link', { name: 'Continue the import' }).click()
    await expect(step).toContainText('Sheet & columns')
    await expect(contacts.country()).toHaveValue('US')
    await expect(contacts.columnUse('Owner')).toHaveValue('ignore')

    // Checked as American all the same, the check step offers the same way out
    await contacts.next('check the numbers')
    await expect(step).toContainText('Check')
    await expect(contacts.verdict('Valid')).not.toContainText('22')
    await hint.getByRole('button', { name: 'Read as United Kingdom' }).click()
    await expect(hint).toBeHidden()
    await expect(step).toContainText('Check')
    await expect(contacts.verdict('Valid')).toContainText('22')
    // The rows below say so too: the London number read as British is valid now
    const rows = page.getByRole('table', { name: 'Rows of the spreadsheet' })
    await expect(rows.getByRole('row').filter({ hasText: 'Rose & Crown Bakery' })).toContainText('Valid')
    await shell.screenshot(testInfo, 'import-check-read-as-uk')
    await shell.open('Settings')
    await page.goBack()
    await expect(step).toContainText('Check')
    await expect(contacts.verdict('Valid')).toContainText('22')

    // Cancelled, it is gone; the next import starts from the country chosen last time.
    await page.getByRole('button', { name: 'Cancel import' }).click()
    await expect(shell.heading()).toHaveText('Contacts')
    await expect(waiting).toHaveCount(0)
    await page.goto(`${herald.url}#/contacts/import`)
    await contacts.trySample().click()
    await expect(step).toContainText('Sheet & columns')
    await expect(contacts.country()).toHaveValue('GB')
  })

  test('a sheet with only its header says it has no contacts', async ({ page, herald }, testInfo) => {
    await page.goto(`${herald.url}#/contacts/import`)
    const contacts = new ContactsPage(page)
    await contacts.fileInput().setInputFiles({
      name: 'header-only.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Name,Phone,City\n'),
    })
    await expect(
      page.getByText(/This sheet has no contacts: there is nothing under its header/),
    ).toBeVisible()
    await expect(page.getByText(/\b1 rows\b/)).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Next: check the numbers' })).toBeDisabled()
    await new AppShell(page).screenshot(testInfo, 'import-header-only')
  })
})
