import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page, TestInfo } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { NumbersPage } from './pages/connect-page'
import { DashboardPage } from './pages/dashboard-page'
import { SettingsPage } from './pages/settings-page'
import {
  countIn,
  fillNewCampaign,
  liveCounts,
  prepareSpringOffer,
  progressBar,
  waitUntilFinished,
} from './pages/dry-run-campaign'

// The rehearsal WhatsApp: every number added links itself a moment after its QR code shows
test.use({ whatsappClient: 'rehearsal' })

/** A full-page picture, attached to the report and kept as /tmp/num-<name>.png to look at. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await new AppShell(page).screenshot(testInfo, `num-${name}`)
  await page.screenshot({ path: `/tmp/num-${name}.png`, fullPage: true })
}

/** What axe finds against WCAG 2.1 AA on the page as it is: "rule: targets", none when it is clean. */
async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

type Row = { name: string; cells: number[] }

/** A table's body rows: the name in the row's heading, then each figure cell as a count. */
async function rowsOf(table: Locator, rowSelector = 'tbody tr'): Promise<Row[]> {
  const rows = await table.locator(rowSelector).all()
  return Promise.all(
    rows.map(async (row) => ({
      name: (await row.locator('th').innerText()).trim(),
      cells: (await row.locator('td').allInnerTexts()).map((text) => countIn(text.split('\n')[0] ?? '')),
    })),
  )
}

test('a campaign goes out from two numbers, and each number’s share shows on the campaign and the Dashboard', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  const numbers = new NumbersPage(page)
  await page.goto(herald.url)
  await expect(shell.heading()).toHaveText('Connect')
  await expect(page.locator('#connect-status-title')).toHaveText('Not connected')
  await expect(page.getByText('about 300 MB of memory')).toBeVisible()

  // A second number: named, then linked by its own QR code, under its own card
  await numbers.add('Shop phone')
  await expect(numbers.card('Shop phone').getByText('Shop phone', { exact: true })).toBeVisible()
  await expect(page.getByRole('img', { name: /QR code for linking WhatsApp/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Link the phone of “Shop phone”' })).toBeVisible()
  await shot(page, testInfo, 'connect-qr')
  await expect(numbers.title('Shop phone')).toHaveText('Connected as Rehearsal Shop', { timeout: 20_000 })
  await expect(numbers.card('Shop phone')).toContainText('+44 7700 900001')
  await expect(shell.whatsAppBadge()).toContainText('1 of 2 numbers connected')

  // The first number can be renamed but not removed; the second can be both
  await numbers.rename('My number', 'Counter phone')
  await expect(numbers.card('Counter phone')).toBeVisible()
  await expect(numbers.card('Counter phone').getByRole('button', { name: /^Remove/ })).toHaveCount(0)
  await expect(numbers.card('Shop phone').getByRole('button', { name: 'Remove Shop phone' })).toBeVisible()
  await shot(page, testInfo, 'connect')
  expect(await axeFindings(page)).toEqual([])

  await numbers.card('Shop phone').getByRole('button', { name: 'Remove Shop phone' }).click()
  await expect(numbers.dialog()).toContainText('Its history stays')
  await expect(numbers.dialog()).toContainText('deletes its login')
  await shot(page, testInfo, 'remove-dialog')
  await numbers.dialog().getByRole('button', { name: 'Cancel' }).click()
  await expect(numbers.dialog()).toBeHidden()

  // A dry run from both numbers, the second with twice the share
  await prepareSpringOffer(page, herald.url)
  await fillNewCampaign(page, herald.url, {
    name: 'Two-number rehearsal',
    list: 'Fifty shops',
    message: 'Spring offer',
  })
  const sendFrom = page.getByRole('group', { name: 'Send from' })
  await expect(sendFrom).toContainText('never from two')
  await expect(sendFrom.getByRole('checkbox', { name: /Counter phone/ })).toBeChecked()
  await expect(sendFrom.getByRole('checkbox', { name: /Shop phone/ })).not.toBeChecked()
  await expect(sendFrom.getByRole('spinbutton')).toHaveCount(0)
  await sendFrom.getByRole('checkbox', { name: /Shop phone/ }).check()
  await sendFrom.getByRole('spinbutton', { name: 'Weight of Shop phone' }).fill('2')
  await expect(sendFrom).toContainText('about 17 contacts')
  await expect(sendFrom).toContainText('about 33 contacts')
  await page.getByRole('radio', { name: 'No waiting (rehearsal)' }).check()
  await expect(page.getByRole('checkbox', { name: 'Dry run' })).toBeChecked()
  await sendFrom.scrollIntoViewIfNeeded()
  await shot(page, testInfo, 'send-from')
  expect(await axeFindings(page)).toEqual([])
  await page.getByRole('button', { name: 'Create and start' }).click()
  await expect(progressBar(page)).toBeVisible()

  // The campaign's page: each number's share, which add up to the whole campaign
  const byNumber = page.locator('section.by-number')
  await expect(byNumber.getByRole('heading', { name: 'By number' })).toBeVisible()
  await waitUntilFinished(page)
  const counts = await liveCounts(page)
  const shares = await rowsOf(byNumber, 'tbody tr:not(.by-number__notice)')
  expect(shares.map((s) => s.name)).toEqual(['Counter phone', 'Shop phone'])
  const [messages, sent, , , , failed] = [0, 1, 2, 3, 4, 5].map((column) =>
    shares.map((s) => s.cells[column] ?? NaN),
  )
  expect(messages).toEqual([17, 33])
  expect(sent!.every((n) => n > 0)).toBe(true)
  expect(sent![0]! + sent![1]!).toBe(counts.sent)
  expect(failed![0]! + failed![1]!).toBe(counts.failed)
  await byNumber.scrollIntoViewIfNeeded()
  await shot(page, testInfo, 'by-number')
  expect(await axeFindings(page)).toEqual([])

  // The Dashboard's own table of the numbers, over the same messages
  const dashboard = new DashboardPage(page)
  await dashboard.open()
  await dashboard.includeDryRuns()
  await expect.poll(() => dashboard.cardCount('Messages sent')).toBe(counts.sent)
  const numbersTable = page.locator('section.numbers-table')
  await expect(numbersTable.getByRole('heading', { name: 'By sending number' })).toBeVisible()
  const perNumber = await rowsOf(numbersTable)
  expect(perNumber.map((n) => n.name.split('\n')[0])).toEqual(['Counter phone', 'Shop phone'])
  const dashboardSent = perNumber.map((n) => n.cells[0] ?? NaN)
  expect(dashboardSent).toEqual(sent)
  await numbersTable.scrollIntoViewIfNeeded()
  await shot(page, testInfo, 'dashboard')
})

test('a number that is not connected pauses its own share; the rest moves to the other number when asked', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(150_000)
  const numbers = new NumbersPage(page)
  await page.goto(herald.url)
  await numbers.add('Shop phone')
  await expect(numbers.title('Shop phone')).toHaveText('Connected as Rehearsal Shop', { timeout: 20_000 })

  // Its own test message, from its own card
  await numbers.card('Shop phone').getByRole('button', { name: 'Send a test message' }).click()
  const testCard = page.getByRole('region', { name: 'Send a test message from Shop phone' })
  await testCard.getByRole('button', { name: 'Send a test message', exact: true }).click()
  await expect(testCard.locator('.link-test__summary')).toContainText('reached your phone', {
    timeout: 15_000,
  })

  // Live sending at any hour, five seconds apart, so the test does not depend on the time it runs
  await page.goto(`${herald.url}#/settings`)
  const settings = new SettingsPage(page)
  await page.getByRole('checkbox', { name: 'Any time of day' }).check()
  await settings.minDelay().fill('5')
  await settings.field('Longest delay between messages (seconds)').fill('5')
  // Shop phone stays connected between campaigns, whatever Herald does with idle numbers by default
  await page.getByRole('radio', { name: 'No, keep every number connected' }).check()
  await settings.save().click()
  await expect(settings.saved()).toBeVisible()

  await prepareSpringOffer(page, herald.url)
  await fillNewCampaign(page, herald.url, {
    name: 'Spring from both',
    list: 'Fifty shops',
    message: 'Spring offer',
  })
  const sendFrom = page.getByRole('group', { name: 'Send from' })
  await sendFrom.getByRole('checkbox', { name: /Shop phone/ }).check()
  await page.getByRole('radio', { name: /^Custom/ }).check()
  await page.getByRole('checkbox', { name: 'Dry run' }).uncheck()
  await expect(page.getByRole('note').filter({ hasText: 'needs each number connected' })).toContainText(
    '“My number” is not connected now',
  )
  await page.getByRole('button', { name: 'Create and start' }).click()
  await expect(progressBar(page)).toBeVisible()

  // "My number" cannot send: its share pauses, and Shop phone goes on
  const byNumber = page.locator('section.by-number')
  const notice = byNumber.locator('.by-number__notice')
  await expect(notice).toContainText('My number is paused; the other numbers go on.', { timeout: 30_000 })
  await expect(byNumber.getByRole('row', { name: /My number/ }).locator('.chip')).toHaveText('Paused')
  await expect(page.locator('.live-summary .chip')).toHaveText('Sending')
  await notice.scrollIntoViewIfNeeded()
  await shot(page, testInfo, 'paused-share')
  expect(await axeFindings(page)).toEqual([])

  await notice.getByRole('button', { name: 'Move the rest to the other numbers' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('never from two numbers')
  await expect(dialog).toContainText('from the other number of this campaign, “Shop phone”, instead')
  await dialog.getByRole('button', { name: 'Move them' }).click()
  await expect(dialog).toBeHidden()

  // Nothing is left waiting on the paused number, save the one it was sending: that one stays its own
  await expect
    .poll(async () => (await rowsOf(byNumber, 'tbody tr:not(.by-number__notice)'))[0]?.cells[7])
    .toBeLessThanOrEqual(1)
  const [mine, shop] = await rowsOf(byNumber, 'tbody tr:not(.by-number__notice)')
  expect((mine?.cells[0] ?? 0) + (shop?.cells[0] ?? 0)).toBe(50)
  expect(shop?.cells[0]).toBeGreaterThanOrEqual(49)
  await expect(notice.getByRole('button', { name: 'Move the rest to the other numbers' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Stop' }).click()
  await page.getByRole('button', { name: 'Stop campaign' }).click()
  await expect(page.locator('.live-summary .chip')).toHaveText('Stopped', { timeout: 15_000 })
})
