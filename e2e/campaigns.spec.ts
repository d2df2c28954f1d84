import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { fillNewCampaign, prepareSpringOffer } from './pages/dry-run-campaign'

const percent = async (bar: Locator): Promise<number> => Number(await bar.getAttribute('aria-valuenow'))

test('a 50-message dry run: write the message, start, pause, reload, resume, finish', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(120_000)
  await prepareSpringOffer(page, herald.url)
  await page.screenshot({ path: testInfo.outputPath('compose.png') })

  await fillNewCampaign(page, herald.url, {
    name: 'Spring rehearsal',
    list: 'Fifty shops',
    message: 'Spring offer',
  })
  await page.getByRole('radio', { name: 'No waiting (rehearsal)' }).check()
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
  // The message table follows the campaign by itself: the fifth row is no longer "Queued".
  const table = page.getByRole('table', { name: 'Messages of this campaign' })
  await expect(table.locator('tbody tr[aria-rowindex="6"]').locator('.chip')).not.toHaveText('Queued', {
    timeout: 5_000,
  })
  await page.screenshot({ path: testInfo.outputPath('live-paused.png'), fullPage: true })

  await page.reload()
  await expect.poll(() => percent(bar)).toBe(paused)
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect.poll(() => percent(bar), { timeout: 60_000 }).toBe(100)
  await expect(page.getByText('Dry run', { exact: false }).first()).toBeVisible()
  // The counters are the funnel: "Sent" counts every message that went out, delivered and read included.
  const count = async (key: string): Promise<number> =>
    Number((await page.locator(`.count-card--${key} .count-card__value`).innerText()).replace(/\D/g, ''))
  await expect(page.locator('.count-card--queued .count-card__label')).toHaveText('Waiting')
  const sent = await count('sent')
  expect(sent).toBe(50 - (await count('failed')) - (await count('skipped')))
  expect(sent).toBeGreaterThanOrEqual(await count('delivered'))
  await expect(page.locator('.live-summary__done')).toHaveText(`Finished · ${sent} of 50 sent`)
  await page.screenshot({ path: testInfo.outputPath('live-finished.png'), fullPage: true })
})
