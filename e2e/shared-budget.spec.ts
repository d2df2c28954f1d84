import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { SettingsPage } from './pages/settings-page'
import { fillNewCampaign, prepareSpringOffer, progressBar } from './pages/dry-run-campaign'

/** A dry run at the Safe pace (40–90 s apart), created and started from the New campaign screen. */
async function startSafeDryRun(page: Page, url: string, name: string): Promise<void> {
  await fillNewCampaign(page, url, { name, list: 'Fifty shops', message: 'Spring offer' })
  await page.getByRole('radio', { name: /^Safe/ }).check()
  await page.getByRole('checkbox', { name: 'Dry run' }).check()
}

test('two campaigns started together share one sending budget, and say so with a combined time', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(120_000)
  await prepareSpringOffer(page, herald.url, 'Hi {{name}}, the spring offers are in!')

  await startSafeDryRun(page, herald.url, 'Spring to fifty shops')
  const estimate = page.locator('.estimate')
  await expect(estimate).toContainText('Warm-up day 1 of 10 for a new number: at most 50 a day.')
  await expect(estimate).not.toContainText('Shares the sending budget')
  const alone = (await estimate.textContent()) ?? ''
  await page.getByRole('button', { name: 'Create and start' }).click()
  await expect(progressBar(page)).toBeVisible()

  // The second one: before start, the estimate already counts the first one's messages
  await startSafeDryRun(page, herald.url, 'Spring reminder')
  await expect(estimate).toContainText(
    'Shares the sending budget with “Spring to fifty shops”, already sending: counted in this time.',
  )
  expect(await estimate.textContent()).not.toBe(alone)
  await new AppShell(page).screenshot(testInfo, 'new-campaign-shared-budget')
  await page.getByRole('button', { name: 'Create and start' }).click()
  await expect(progressBar(page)).toBeVisible()

  const account = page.locator('.live-summary__account')
  await expect(account.first()).toHaveText(
    'Sharing the sending budget with “Spring to fifty shops”: together they keep to one pace, so each goes slower.',
  )
  await expect(page.locator('.live-summary__when')).toContainText('Last message around')
  await new AppShell(page).screenshot(testInfo, 'live-shared-budget')

  // And the first one names the second
  await page.getByRole('navigation').getByRole('link', { name: 'Campaigns', exact: true }).click()
  await page.getByRole('link', { name: 'Spring to fifty shops' }).first().click()
  await expect(account.first()).toHaveText(
    'Sharing the sending budget with “Spring reminder”: together they keep to one pace, so each goes slower.',
  )

  // An established number: no warm-up in the estimate any more
  await page.goto(`${herald.url}#/settings`)
  const settings = new SettingsPage(page)
  await page.getByRole('radio', { name: 'Yes, it is established: no warm-up' }).check()
  await settings.save().click()
  await expect(settings.saved()).toBeVisible()
  await startSafeDryRun(page, herald.url, 'Spring last call')
  await expect(estimate).toContainText('Shares the sending budget with')
  await expect(estimate).not.toContainText('Warm-up')
})
