import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from './fixtures'
import { openHerald } from './pages/app-shell'
import { countIn } from './pages/dry-run-campaign'
import { DashboardPage } from './pages/dashboard-page'

/** Weeks of history sent from two numbers, as `herald dev seed --numbers 2` makes it. */
function seedTwoNumbers(dataDir: string): void {
  const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
  execFileSync(process.execPath, [
    ...[cli, '--data-dir', dataDir, 'dev', 'seed'],
    ...['--campaigns', '12', '--messages', '6000', '--numbers', '2', '--seed', 'numbers'],
  ])
}

test('the dashboard breaks the figures down by sending number, and keeps to one', async ({
  page,
  herald,
}, testInfo) => {
  seedTwoNumbers(herald.dataDir)
  const shell = await openHerald(page, herald.url, 'Dashboard')
  const dashboard = new DashboardPage(page)
  await dashboard.includeDryRuns()
  await dashboard.period('All time').check()
  const numbers = page.getByRole('region', { name: 'By sending number' })
  const rows = numbers.getByRole('row')
  await expect(rows).toHaveCount(3)
  await expect(numbers.getByRole('rowheader')).toHaveText(['My number', /^Shop phone\+44 7700 900100$/])
  // The numbers' sends add up to the card's
  const sent = async (row: number): Promise<number> =>
    countIn(await rows.nth(row).getByRole('cell').first().innerText())
  const [mine, shop] = [await sent(1), await sent(2)]
  expect(mine + shop).toBe(await dashboard.cardCount('Messages sent'))
  await shell.screenshot(testInfo, 'dashboard-by-number')

  await page.getByLabel('Number', { exact: true }).selectOption({ label: 'Shop phone' })
  await expect.poll(() => dashboard.cardCount('Messages sent')).toBe(shop)
  await expect(dashboard.quickStats()).toContainText('From Shop phone, all time')
  // One number's figures are the cards themselves: no table of one row
  await expect(numbers).toBeHidden()

  // The log of a campaign sent from both numbers names each message's
  await page.getByLabel('Number', { exact: true }).selectOption({ label: 'All numbers' })
  await dashboard
    .campaignsTable()
    .getByRole('link', { name: /^Campaign 1 / })
    .click()
  const log = page.getByRole('table', { name: 'Messages of this campaign' })
  await expect(log.getByRole('columnheader', { name: 'Number' })).toBeVisible()
  await expect(log.getByRole('cell', { name: 'Shop phone' }).first()).toBeVisible()
  await expect(log.getByRole('cell', { name: 'My number' }).first()).toBeVisible()
  await shell.screenshot(testInfo, 'history-log-by-number')
})
