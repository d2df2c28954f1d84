import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { importFifty, selectByText, writeMessage } from './pages/dry-run-campaign'

const percent = async (bar: Locator): Promise<number> => Number(await bar.getAttribute('aria-valuenow'))

test('a 50-message dry run: write the message, start, pause, reload, resume, finish', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(120_000)
  await importFifty(page, herald.url)

  await writeMessage(page, 'Spring offer', '{Hi|Hello} {{name|there}}, the spring offers are in!')
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
