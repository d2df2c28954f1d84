import { expect, test } from './fixtures'
import { AppShell, openHerald } from './pages/app-shell'
import { DashboardPage } from './pages/dashboard-page'
import {
  importFifty,
  liveCounts,
  startDryRun,
  startSpringRehearsal,
  waitUntilFinished,
  writeMessage,
} from './pages/dry-run-campaign'

test('before any campaign, the dashboard points to Campaigns', async ({ page, herald }, testInfo) => {
  await openHerald(page, herald.url, 'Dashboard')
  const dashboard = new DashboardPage(page)
  await expect(page.getByRole('region', { name: 'No campaigns yet' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to Campaigns' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns')
  await dashboard.open()
  await new AppShell(page).screenshot(testInfo, 'dashboard-no-campaigns')
})

test('after a dry run, the dashboard shows what the campaign did', async ({ page, herald }, testInfo) => {
  test.setTimeout(120_000)
  await startSpringRehearsal(page, herald.url)
  const campaignUrl = page.url()

  // While it sends, the dashboard follows without a reload.
  const dashboard = new DashboardPage(page)
  await dashboard.open()
  // Real campaigns only by default: a rehearsal is not a result, and the empty state offers to include it.
  await expect(dashboard.mode()).toHaveValue('live')
  await expect(page.getByRole('region', { name: 'No messages in this period' })).toBeVisible()
  await page.getByRole('button', { name: 'Include dry runs' }).click()
  await expect(dashboard.mode()).toHaveValue('all')
  await expect(dashboard.card('Messages sent')).toBeVisible({ timeout: 15_000 })
  const early = await dashboard.cardCount('Messages sent')
  await expect.poll(() => dashboard.cardCount('Messages sent'), { timeout: 30_000 }).toBeGreaterThan(early)

  await page.goto(campaignUrl)
  await waitUntilFinished(page)
  const counts = await liveCounts(page)
  // The live counters are cumulative: "Sent" counts the messages that moved on to delivered and read.
  const sent = counts.sent
  expect(sent).toBeGreaterThanOrEqual(counts.delivered)
  expect(sent + counts.failed + counts.skipped).toBe(50)
  await expect(page.locator('.live-summary__done')).toHaveText(`Finished · ${sent} of 50 sent`)

  await dashboard.open()
  await dashboard.includeDryRuns()
  await expect.poll(() => dashboard.cardCount('Messages sent')).toBe(sent)
  expect(await dashboard.cardCount('Failed')).toBe(counts.failed)
  expect(await dashboard.funnelCount('Queued')).toBe(50)
  expect(await dashboard.funnelCount('Sent')).toBe(sent)
  await expect(dashboard.quickStats()).toContainText(`Last 30 days: 1 campaign · ${sent} sent`)
  // The read rate is one number: the card's, the funnel's share and the note's basis agree.
  const readShare = await page.locator('.funnel__stage--read .funnel__share').innerText()
  await expect(dashboard.card('Read').locator('.stat-card__value')).toHaveText(readShare)
  await expect(dashboard.card('Read')).toContainText('of messages sent')
  const row = dashboard.campaignsTable().getByRole('row', { name: /Spring rehearsal/ })
  await expect(row).toContainText('Dry run')
  await expect(row.getByRole('link', { name: 'Spring rehearsal' })).toHaveAttribute(
    'href',
    /#\/history\/\d+$/,
  )
  await expect(row).toContainText('Finished')
  await expect(dashboard.bestTimes()).toContainText(/Hours are (in your time|UTC)/)
  await dashboard.heatmapMode('Replies received').check()
  await new AppShell(page).screenshot(testInfo, 'dashboard-after-dry-run')

  // One campaign, all time: the same figures.
  await dashboard.period('All time').check()
  await expect(dashboard.quickStats()).toContainText(`All time: 1 campaign · ${sent} sent`)
  await dashboard.campaignFilter().selectOption({ label: 'Spring rehearsal' })
  await expect.poll(() => dashboard.cardCount('Messages sent')).toBe(sent)
  expect(await dashboard.cardCount('Failed')).toBe(counts.failed)
  await expect(dashboard.quickStats()).toContainText(`Spring rehearsal, all time: 1 campaign · ${sent} sent`)
  // Dry runs only still shows it; a chosen campaign shows whatever its kind.
  await dashboard.mode().selectOption({ label: 'Dry runs only' })
  await expect.poll(() => dashboard.cardCount('Messages sent')).toBe(sent)
})

test('a custom period is checked, and an empty one offers all time', async ({ page, herald }, testInfo) => {
  test.setTimeout(120_000)
  await importFifty(page, herald.url)
  await writeMessage(page, 'Hello', 'Hello {{name|there}}')
  await startDryRun(page, herald.url, { name: 'Quick hello', list: 'Fifty shops', message: 'Hello' })
  await waitUntilFinished(page)

  const dashboard = new DashboardPage(page)
  await dashboard.open()
  await dashboard.includeDryRuns()
  await expect(dashboard.card('Messages sent')).toBeVisible()
  await dashboard.period('Custom').check()
  await dashboard.from().fill('2020-02-10')
  await dashboard.to().fill('2020-02-01')
  await expect(page.getByRole('alert')).toHaveText('The start date comes after the end date.')
  await expect(dashboard.card('Messages sent')).toBeHidden()

  await dashboard.to().fill('2020-02-28')
  await expect(page.getByRole('region', { name: 'No messages in this period' })).toBeVisible()
  // The headline follows the period: nothing in it, whatever the last 30 days held.
  await expect(dashboard.quickStats()).toHaveText(/: no messages\.$/)
  await new AppShell(page).screenshot(testInfo, 'dashboard-empty-period')
  await page.getByRole('button', { name: 'Show all time' }).click()
  await expect(dashboard.period('All time')).toBeChecked()
  await expect(dashboard.card('Messages sent')).toBeVisible()
})
