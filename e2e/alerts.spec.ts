import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { importContacts, startDryRun, waitUntilFinished, writeMessage } from './pages/dry-run-campaign'

/** Where the pictures of this spec go, to be looked at by a person. */
const pictures = process.env.HERALD_ALERTS_PICTURES ?? '/tmp/shots-alerts'

type Shown = { title: string; body: string | undefined }

/** The browser's Notification, allowed for the page: it keeps every notification Herald made. */
function recordNotifications(): void {
  const shown: Shown[] = []
  class RecordingNotification {
    static readonly permission: NotificationPermission = 'granted'
    static requestPermission(): Promise<NotificationPermission> {
      return Promise.resolve('granted')
    }
    onclick: ((event: Event) => void) | null = null
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body })
    }
    close(): void {}
  }
  Object.assign(window, { Notification: RecordingNotification, heraldShown: shown })
}

/** axe's WCAG 2.1 AA findings on the page as it is; empty when there is none. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const shownTitles = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { heraldShown: Shown[] }).heraldShown.map((n) => n.title))

const fiveShops = [
  'Name,Phone',
  ...Array.from({ length: 5 }, (_, i) => `Shop ${i + 1},07911 ${String(200100 + i)}`),
].join('\n')

test('an alert rule made on the Alerts screen notifies when a dry run finishes', async ({ page, herald }) => {
  test.setTimeout(60_000)
  fs.mkdirSync(pictures, { recursive: true })
  await page.addInitScript(recordNotifications)
  await page.goto(herald.url)
  await page.getByRole('navigation').getByRole('link', { name: 'Alerts', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alerts')
  await expect(page.getByText('No alerts yet').first()).toBeVisible()

  // A webhook to another computer over plain http is refused, in words, before anything is saved
  await page.getByRole('button', { name: 'Add an alert' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an alert' })
  await expect(dialog.getByLabel('When')).toHaveValue('finished')
  await expect(dialog.getByRole('checkbox', { name: 'Desktop notification' })).toBeChecked()
  await dialog.getByRole('checkbox', { name: 'Webhook' }).check()
  await dialog.getByLabel('Webhook address').fill('http://hooks.example.com/herald')
  await dialog.getByRole('button', { name: 'Make one' }).click()
  await expect(dialog.getByLabel('Signing secret')).toHaveValue(/^[0-9a-f]{32}$/)
  await dialog.getByRole('button', { name: 'Save alert' }).click()
  await expect(dialog.getByText(/Herald posts only to https:\/\/ addresses/)).toBeVisible()
  await page.screenshot({ path: path.join(pictures, 'alerts-dialog.png') })
  expect(await axeViolations(page)).toEqual([])

  // "A campaign finished → desktop notification"
  await dialog.getByRole('checkbox', { name: 'Webhook' }).uncheck()
  await dialog.getByRole('button', { name: 'Save alert' }).click()
  await expect(dialog).toBeHidden()
  const rule = page.getByRole('row', { name: /A campaign finished/ })
  await expect(rule).toContainText('Desktop notification')
  await expect(rule).toContainText('On')

  // Send test: the notification is shown, and the row says so
  await rule.getByRole('button', { name: 'Send test: A campaign finished' }).click()
  await expect(rule.getByRole('status')).toHaveText('Test sent: the desktop notification was shown.')
  await expect.poll(() => shownTitles(page)).toEqual(['Test alert from Herald'])

  // A short dry run: five shops, no waiting
  await importContacts(page, herald.url, { file: 'five.csv', csv: fiveShops, valid: 5, list: 'Five shops' })
  await writeMessage(page, 'Hello', 'Hello {{name}}, our shop is open on Sunday!')
  await startDryRun(page, herald.url, { name: 'Sunday rehearsal', list: 'Five shops', message: 'Hello' })
  await waitUntilFinished(page, 20_000)

  const title = 'Campaign finished: Sunday rehearsal (dry run)'
  // The page was opened afresh for the import: only what it showed since
  await expect.poll(() => shownTitles(page)).toEqual([title])
  const toast = page.getByRole('region', { name: 'Alerts' }).getByRole('listitem').filter({ hasText: title })
  await expect(toast).toContainText(/of 5 messages sent/)
  await expect(toast).not.toContainText('our shop is open')

  // The delivery log shows the test and the real alert
  await page.getByRole('navigation').getByRole('link', { name: 'Alerts', exact: true }).click()
  const log = page.getByRole('region', { name: 'Delivery log' }).or(page.locator('.alert-log'))
  await expect(log.getByRole('row').filter({ hasText: title })).toContainText('Shown')
  await expect(log.getByRole('row').filter({ hasText: 'Test alert from Herald' })).toContainText('Test')
  await page.screenshot({ path: path.join(pictures, 'alerts-screen.png'), fullPage: true })
  expect(await axeViolations(page)).toEqual([])
})
