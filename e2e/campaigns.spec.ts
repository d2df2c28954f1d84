import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ContactsPage } from './pages/contacts-page'

const fiftyContacts = [
  'Name,Phone,City',
  ...Array.from({ length: 50 }, (_, i) => `Shop ${i + 1},07911 ${String(200100 + i)},Leeds`),
].join('\n')

async function importFifty(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/contacts/import`)
  const contacts = new ContactsPage(page)
  await contacts.fileInput().setInputFiles({
    name: 'fifty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fiftyContacts),
  })
  await contacts.country().selectOption('GB')
  await contacts.next('check the numbers')
  await expect(contacts.verdict('Valid')).toContainText('50')
  await contacts.next('save the list')
  await contacts.listName().fill('Fifty shops')
  await contacts.save()
  await expect(page.getByRole('heading', { name: 'Fifty shops' })).toBeVisible()
}

async function selectByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value')
  await select.selectOption(value ?? '')
}

const percent = async (bar: Locator): Promise<number> => Number(await bar.getAttribute('aria-valuenow'))

test('a 50-message dry run: write the message, start, pause, reload, resume, finish', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(120_000)
  await importFifty(page, herald.url)

  await page.getByRole('navigation').getByRole('link', { name: 'Compose', exact: true }).click()
  await page.getByLabel('Message name').fill('Spring offer')
  await page
    .getByLabel('Message', { exact: true })
    .fill('{Hi|Hello} {{name|there}}, the spring offers are in!')
  await page.getByRole('button', { name: 'Save message' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('compose.png') })

  await page.goto(`${herald.url}#/campaigns/new?testPace=1`)
  await page.getByLabel('Campaign name').fill('Spring rehearsal')
  await selectByText(page.getByLabel('Contact list'), 'Fifty shops')
  await selectByText(page.getByLabel('Message', { exact: true }), 'Spring offer')
  await page.getByRole('radio', { name: 'Test pace (no waiting, dry run only)' }).check()
  await expect(page.getByRole('checkbox', { name: 'Dry run' })).toBeChecked()
  await page.screenshot({ path: testInfo.outputPath('new-campaign.png'), fullPage: true })
  await page.getByRole('button', { name: 'Create and start' }).click()

  const bar = page.getByRole('progressbar', { name: 'Campaign progress' })
  await expect.poll(() => percent(bar), { timeout: 30_000 }).toBeGreaterThan(10)
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await page.waitForTimeout(1000)
  const paused = await percent(bar)
  expect(paused).toBeLessThan(100)
  await page.screenshot({ path: testInfo.outputPath('live-paused.png'), fullPage: true })

  await page.reload()
  await expect.poll(() => percent(bar)).toBe(paused)
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect.poll(() => percent(bar), { timeout: 60_000 }).toBe(100)
  await expect(page.getByText('Dry run', { exact: false }).first()).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('live-finished.png'), fullPage: true })
})
