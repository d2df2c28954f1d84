import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { HistoryPage } from './pages/history-page'
import { importFifty, selectByText, startSpringRehearsal, waitUntilFinished } from './pages/dry-run-campaign'

// Issue 15, small things: a finished campaign offers what comes next, a retry's list is not the next
// campaign's default, a returning user lands on the Dashboard, and a split that does not add up says so.

test('a finished campaign leads on: report, export, retry; and Herald opens on the Dashboard', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await page.goto(herald.url)
  // A new user starts on Connect.
  await expect(shell.heading()).toHaveText('Connect')

  await startSpringRehearsal(page, herald.url)
  await waitUntilFinished(page)
  const next = page.getByRole('region', { name: 'What next?' })
  await expect(next).toContainText('This campaign has finished.')
  await expect(next.getByRole('link', { name: 'See the report' })).toHaveAttribute(
    'href',
    /#\/history\/\d+\/report$/,
  )
  await expect(next.getByRole('button', { name: 'Export' })).toBeVisible()
  await shell.screenshot(testInfo, 'live-next-steps')

  // Three sample shops always fail in the rehearsal, so there is something to retry.
  await next.getByRole('link', { name: 'Retry failed / unsent' }).click()
  const retry = new HistoryPage(page).retryDialog()
  await expect(retry).toBeVisible()
  await shell.screenshot(testInfo, 'history-retry-from-live')
  await retry.getByRole('button', { name: /^Create retry campaign \(\d+\)$/ }).click()
  await expect(shell.heading()).toHaveText('Retry of Spring rehearsal')

  // The retry's own list is not what New campaign offers first.
  await page.goto(`${herald.url}#/campaigns/new`)
  const list = page.getByLabel('Contact list')
  await expect(list.locator('option', { hasText: 'retry' })).toHaveCount(1)
  await expect(list.locator('option:checked')).toContainText('Fifty shops')

  // Someone who has made a campaign opens Herald on the Dashboard.
  await page.goto(herald.url)
  await expect(shell.heading()).toHaveText('Dashboard')
})

test('a split that does not add up shows what is wrong, not a description of it', async ({
  page,
  herald,
}, testInfo) => {
  const shell = new AppShell(page)
  await page.goto(herald.url)
  await importFifty(page, herald.url)
  await shell.open('Compose')
  await page.getByLabel('Message name').fill('Two ways')
  await page.getByLabel('Message', { exact: true }).fill('Hi {{name}}, the spring offers are in!')
  await page.getByRole('button', { name: '+ Add variant' }).click()
  await page.getByLabel('Message', { exact: true }).fill('Hello {{name}}, spring is here!')
  await page.getByRole('button', { name: 'Save message' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible()

  await page.goto(`${herald.url}#/campaigns/new`)
  await selectByText(page.getByLabel('Message', { exact: true }), 'Two ways')
  await page.getByLabel('Share for Variant A (%)').fill('70')
  await page.getByLabel('Share for Variant B (%)').fill('50')
  const rule = page.getByRole('group', { name: 'Which contacts get which variant' })
  await expect(rule.getByRole('alert')).toBeVisible()
  await expect(rule).not.toContainText('70 % get')
  await expect(rule).not.toContainText('70% get')
  await shell.screenshot(testInfo, 'new-campaign-bad-split')
  // The sending bar floats over the page's foot: the rule is looked at from the top of the window.
  await rule.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: testInfo.outputPath('new-campaign-bad-split-rule.png') })

  // "Choose by a field" on a list without websites starts from a field the list has.
  await rule.getByRole('radio', { name: 'Choose by a field' }).check()
  await expect(rule.getByLabel('Field', { exact: true })).toHaveValue('city')
})
