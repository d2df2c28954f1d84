import { expect, test } from './fixtures'
import { openHerald } from './pages/app-shell'
import {
  liveCounts,
  percentDone,
  startDryRun,
  startSpringRehearsal,
  stopPartWay,
  waitUntilFinished,
} from './pages/dry-run-campaign'
import { HistoryPage } from './pages/history-page'

test('History: a finished dry run, its log filtered, a stopped one retried, two compared', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(180_000)
  const shell = await openHerald(page, herald.url, 'History')
  const history = new HistoryPage(page)
  await expect(page.getByRole('region', { name: 'No campaigns yet' })).toBeVisible()

  await startSpringRehearsal(page, herald.url)
  await waitUntilFinished(page)
  const counts = await liveCounts(page)

  // A second run, stopped part-way: what it did not send is what a retry is for.
  await startDryRun(page, herald.url, { name: 'Stopped early', list: 'Fifty shops', message: 'Spring offer' })
  await stopPartWay(page)
  const stopped = await liveCounts(page)
  expect(stopped.skipped).toBeGreaterThan(0)
  // A stopped campaign says how many it sent, and its bar shows that, not "50 of 50 done".
  await expect(page.locator('.live-summary__done')).toHaveText(`Stopped · ${stopped.sent} of 50 sent`)
  expect(await percentDone(page)).toBe(Math.floor((stopped.sent / 50) * 100))

  await history.open()
  await expect(history.row('Spring rehearsal')).toBeVisible()
  expect(await history.cell('Spring rehearsal', 'Messages')).toBe('50')
  expect(await history.cell('Spring rehearsal', 'Failed')).toBe(String(counts.failed))
  await expect(history.row('Stopped early')).toContainText('Stopped')
  await shell.screenshot(testInfo, 'history-list')

  // The log of the finished run, filtered to failed: every row shown is failed, as many as the page says.
  await history.openCampaign('Spring rehearsal')
  await expect(history.log()).toBeVisible()
  expect(await history.logCount()).toBe(50)
  const failed = await history.cardCount('Failed')
  expect(failed).toBe(counts.failed)
  await history.filterStatus('failed')
  expect(await history.logCount()).toBe(failed)
  for (const chip of await history.logRows().locator('.chip').all()) await expect(chip).toHaveText('Failed')

  // Search by name, then by a phone number typed the way people do.
  await history.filterStatus('any')
  await history.search().fill('Shop 1')
  await expect.poll(() => history.logCount()).toBe(11) // Shop 1 and Shop 10–19
  await history.search().fill('07911 200105')
  await expect.poll(() => history.logCount()).toBe(1)
  await expect(history.logRows().first()).toContainText('Shop 6')
  await shell.screenshot(testInfo, 'history-campaign-search')

  // The stopped run: its skipped messages, then a retry of them.
  await history.open()
  await history.openCampaign('Stopped early')
  await history.filterStatus('skipped')
  expect(await history.logCount()).toBe(stopped.skipped)
  for (const chip of await history.logRows().locator('.chip').all()) await expect(chip).toHaveText('Skipped')
  await shell.screenshot(testInfo, 'history-campaign-filtered')
  await page.getByRole('button', { name: 'Retry failed / unsent' }).click()
  const dialog = history.retryDialog()
  await dialog.getByRole('radio', { name: /^Unsent/ }).check()
  await expect(dialog.getByText(`Unsent (${stopped.skipped})`)).toBeVisible()
  await shell.screenshot(testInfo, 'history-retry-dialog')
  await dialog.getByRole('button', { name: `Create retry campaign (${stopped.skipped})` }).click()
  await expect(page).toHaveURL(/#\/campaigns\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Retry of Stopped early')
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  expect((await liveCounts(page)).queued).toBe(stopped.skipped)

  // Compare the two runs.
  await history.open()
  await history.select('Spring rehearsal').check()
  await history.select('Stopped early').check()
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare campaigns')
  const figures = page.getByRole('region', { name: 'Figures side by side' })
  await expect(figures.getByRole('row', { name: /^Messages/ })).toContainText('50')
  await shell.screenshot(testInfo, 'history-compare')

  // Delete the retry campaign, after confirming.
  await history.open()
  await history.openCampaign('Retry of Stopped early')
  await page.getByRole('button', { name: 'Delete campaign' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete campaign' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History')
  await expect(history.row('Retry of Stopped early')).toHaveCount(0)

  // One read rate: the list's and the campaign page's card are the same number, "of messages sent".
  // A dry run's reads keep coming for a while after it finishes: compare both screens at one moment.
  const readCard = page
    .getByRole('list', { name: 'Totals' })
    .getByRole('listitem', { name: 'Read', exact: true })
  await expect
    .poll(
      async () => {
        await history.open()
        const inList = await history.cell('Spring rehearsal', 'Read')
        await history.openCampaign('Spring rehearsal')
        await expect(readCard).toContainText('of messages sent')
        const onPage = await readCard.locator('.stat-card__value').innerText()
        return inList === onPage ? 'the same' : `${inList} in the list, ${onPage} on the page`
      },
      { timeout: 90_000, intervals: [3000] },
    )
    .toBe('the same')
})
