import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { fillNewCampaign, prepareSpringOffer } from './pages/dry-run-campaign'
import { SettingsPage } from './pages/settings-page'

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * A one-hour sending window that opens in two hours on the recipients' clock (the sample's UK numbers):
 * closed now whatever the hour, also across midnight (23:00–00:00 is valid, 00:00 being midnight).
 */
function windowClosedNow(now = Date.now()): { start: string; end: string } {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }).format(
      now,
    ),
  )
  const opens = (hour + 2) % 24
  return { start: `${pad(opens)}:00`, end: `${pad((opens + 1) % 24)}:00` }
}

async function setSendingHours(page: Page, url: string, start: string, end: string): Promise<void> {
  await page.goto(`${url}#/settings`)
  const settings = new SettingsPage(page)
  await settings.field('Send from').fill(start)
  await settings.field('Send until').fill(end)
  await settings.save().click()
  await expect(settings.saved()).toBeVisible()
}

test('a dry run outside the sending hours says it waits for them, and when they open', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(90_000)
  await prepareSpringOffer(page, herald.url, 'Hi {{name|there}}, the spring offers are in!')
  const closed = windowClosedNow()
  await setSendingHours(page, herald.url, closed.start, closed.end)

  await fillNewCampaign(page, herald.url, {
    name: 'Night rehearsal',
    list: 'Fifty shops',
    message: 'Spring offer',
  })
  await page.getByRole('radio', { name: /^Fast/ }).check()
  await expect(page.getByRole('checkbox', { name: 'Dry run' })).toBeChecked()
  await page.getByRole('button', { name: 'Create and start' }).click()

  const line = page.locator('.live-waiting')
  await expect(line).toHaveText(
    new RegExp(
      `^Waiting for sending hours — opens ${closed.start} in the recipients’ time \\(in \\d+ h( \\d+ min)?\\)$`,
    ),
  )
  await expect(page.getByRole('progressbar', { name: 'Campaign progress' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  )
  await page.screenshot({ path: testInfo.outputPath('live-waiting-window.png'), fullPage: true })

  // Paused, nothing waits for the window: the line goes
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await expect(line).toHaveCount(0)
})

test('Settings offers any time of day, and it is kept', async ({ page, herald }, testInfo) => {
  await page.goto(`${herald.url}#/settings`)
  const settings = new SettingsPage(page)
  const anyTime = page.getByRole('checkbox', { name: 'Any time of day' })
  await expect(anyTime).not.toBeChecked()
  await anyTime.check()
  await expect(settings.field('Send from')).toHaveCount(0)
  await settings.save().click()
  await expect(settings.saved()).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('settings-any-time.png') })
  await page.reload()
  await expect(anyTime).toBeChecked()
  await anyTime.uncheck()
  await expect(settings.field('Send from')).toHaveValue('09:00')
  await expect(settings.field('Send until')).toHaveValue('20:00')
})

test('a dry run may rehearse with no waiting; sending for real may not', async ({
  page,
  herald,
}, testInfo) => {
  await prepareSpringOffer(page, herald.url, 'Hi {{name|there}}')
  await page.goto(`${herald.url}#/campaigns/new`)
  const noWaiting = page.getByRole('radio', { name: 'No waiting (rehearsal)' })
  const dryRun = page.getByRole('checkbox', { name: 'Dry run' })
  await expect(dryRun).toBeChecked()
  await expect(noWaiting).toBeVisible()
  await dryRun.uncheck()
  await expect(noWaiting).toHaveCount(0)
  await dryRun.check()
  await noWaiting.check()
  await expect(dryRun).toBeDisabled()
  await page.screenshot({ path: testInfo.outputPath('new-campaign-no-waiting.png'), fullPage: true })
  await page.getByRole('button', { name: 'Create and start' }).click()
  await expect
    .poll(() => page.getByRole('progressbar', { name: 'Campaign progress' }).getAttribute('aria-valuenow'), {
      timeout: 30_000,
    })
    .toBe('100')
})
