import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { notConnected } from '../src-shared/domain/whatsapp'
import { expect, test } from './fixtures'
import { AppShell, openHerald } from './pages/app-shell'
import { ConnectPage, WhatsAppSimulator } from './pages/connect-page'
import { ContactsPage } from './pages/contacts-page'
import { CustomReportsPage } from './pages/custom-reports-page'
import { DashboardPage } from './pages/dashboard-page'
import { DashboardLayoutPage } from './pages/dashboard-layout-page'
import {
  importContacts,
  prepareSpringOffer,
  startDryRun,
  waitUntilFinished,
  writeMessage,
} from './pages/dry-run-campaign'
import { HistoryPage } from './pages/history-page'
import { ReportsPage } from './pages/reports-page'

// The README's screenshots, taken from the built app as a shop owner sees it: `npm run screenshots` writes
// them to resources/screenshots (not part of `npm test`).

const folder = path.join(__dirname, '..', 'resources', 'screenshots')
const save = (page: Page, name: string, fullPage = false): Promise<Buffer> =>
  page.screenshot({ path: path.join(folder, `${name}.png`), fullPage })

/** The window made tall enough to show the page down to `last`, then as it was: a picture without a scroll. */
async function saveDownTo(page: Page, name: string, last: Locator): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 }
  const box = await last.boundingBox()
  if (!box) throw new Error(`${name}: the part to show down to is not on the page.`)
  await page.setViewportSize({ width: viewport.width, height: Math.ceil(box.y + box.height) + 28 })
  await save(page, name)
  await page.setViewportSize(viewport)
}

/** `herald ARGS` on the data folder, as a shop owner would type it (the host keeps running). */
function herald(dataDir: string, ...args: string[]): void {
  const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
  execFileSync(process.execPath, [cli, '--data-dir', dataDir, ...args])
}

/** A few weeks of history in the data folder, as `herald dev seed` makes it. */
function seedHistory(dataDir: string): void {
  herald(dataDir, 'dev', 'seed', '--campaigns', '12', '--messages', '6000', '--seed', 'readme')
}

/** The browser's Notification, allowed for the page, so that an alert's notification shows. */
function allowNotifications(): void {
  class AllowedNotification {
    static readonly permission: NotificationPermission = 'granted'
    static requestPermission(): Promise<NotificationPermission> {
      return Promise.resolve('granted')
    }
    onclick: ((event: Event) => void) | null = null
    close(): void {}
  }
  Object.assign(window, { Notification: AllowedNotification })
}

/** A service on this computer that takes Herald's webhooks and answers 200. */
async function webhookService(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => response.writeHead(200).end('ok'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/herald`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

test.describe.configure({ mode: 'serial' })

test('Connect: the QR code to scan', async ({ page, herald }) => {
  const whatsapp = await WhatsAppSimulator.install(page, notConnected)
  await page.goto(herald.url)
  const connect = new ConnectPage(page)
  await connect.button('Connect WhatsApp').click()
  whatsapp.push({
    ...notConnected,
    status: 'waiting_for_scan',
    qr: '2@readme-code,AbC=,DeF=,1',
    since: new Date().toISOString(),
  })
  await expect(connect.qrCode()).toBeVisible()
  await save(page, 'connect')
})

test('Contacts, a finished dry run, and Settings', async ({ page, herald }) => {
  await openHerald(page, herald.url, 'Contacts')
  const contacts = new ContactsPage(page)
  await contacts.trySample().click()
  await contacts.country().selectOption('GB')
  await contacts.next('check the numbers')
  await expect(contacts.verdict('Valid')).toBeVisible()
  await save(page, 'contacts-check')

  await prepareSpringOffer(page, herald.url)
  await startDryRun(page, herald.url, { name: 'Spring offer', list: 'Fifty shops', message: 'Spring offer' })
  await waitUntilFinished(page)
  await save(page, 'campaign-live', true)

  const shell = new AppShell(page)
  await shell.open('Settings')
  await save(page, 'settings')
  await page.getByRole('heading', { name: 'Data care' }).scrollIntoViewIfNeeded()
  await save(page, 'data-care')
})

test('Dashboard, History and the export', async ({ page, herald }) => {
  seedHistory(herald.dataDir)
  const shell = await openHerald(page, herald.url, 'Dashboard')
  // `dev seed` writes its history as dry runs, never to be taken for real sending
  const dashboard = new DashboardPage(page)
  await dashboard.includeDryRuns()
  await expect(dashboard.quickStats()).toContainText('campaigns')
  await save(page, 'dashboard')

  await shell.open('History')
  const history = new HistoryPage(page)
  const first = page.getByRole('row').nth(1).getByRole('link').first()
  const name = (await first.textContent()) ?? ''
  await history.openCampaign(name.trim())
  await save(page, 'history-campaign', true)
  const reports = new ReportsPage(page)
  await reports.exportButton().first().click()
  await expect(reports.dialog()).toBeVisible()
  await save(page, 'export')
})

test('Customise the Dashboard, and a saved custom report', async ({ page, herald: host }) => {
  seedHistory(host.dataDir)
  const definition = path.join(host.dataDir, 'weekly.json')
  fs.writeFileSync(
    definition,
    JSON.stringify({
      name: 'Weekly results',
      rows: 'messages',
      groupBy: ['week'],
      measures: ['sent', 'delivered', 'replied', 'replyRate', 'medianReplySeconds'],
      filters: { dryRuns: 'all' },
    }),
  )
  herald(host.dataDir, 'reports', 'save', '--file', definition)

  await openHerald(page, host.url, 'Dashboard')
  const dashboard = new DashboardPage(page)
  await dashboard.includeDryRuns()
  await expect(dashboard.quickStats()).toContainText('campaigns')
  const layout = new DashboardLayoutPage(page)
  await layout.customise().click()
  await layout.saveAsNew('Team')
  await expect(layout.pickedLayout()).toHaveText('Team')
  // The bar, the totals and the first row of two half-width widgets
  await saveDownTo(page, 'dashboard-customise', layout.frame('From queued to replied'))
  await layout.done().click()

  const reports = new CustomReportsPage(page)
  await reports.navLink().click()
  await page.getByRole('link', { name: 'Open Weekly results' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weekly results')
  await expect(reports.totals()).toBeVisible()
  await expect(reports.chart().locator('.recharts-line-curve').first()).toBeVisible()
  await saveDownTo(page, 'report-builder', reports.preview())
})

test('Alerts: the rules and their delivery log', async ({ page, herald: host }) => {
  const service = await webhookService()
  const webhook = ['--webhook', service.url, '--secret', 'readme-signing-secret']
  herald(host.dataDir, 'alerts', 'add', '--on', 'finished', '--notify', ...webhook)
  herald(host.dataDir, 'alerts', 'add', '--on', 'opt-out-rate', '--threshold', '5', ...webhook)
  herald(host.dataDir, 'alerts', 'add', '--on', 'paused', '--notify')
  await page.addInitScript(allowNotifications)

  // A short dry run that finishes, so its alert is in the log beside a test
  const fiveShops = ['Name,Phone', ...[1, 2, 3, 4, 5].map((i) => `Shop ${i},07911 ${200100 + i}`)]
  await importContacts(page, host.url, {
    file: 'five.csv',
    csv: fiveShops.join('\n'),
    valid: 5,
    list: 'Five shops',
  })
  await writeMessage(page, 'Sunday', 'Hello {{name}}, our shop is open on Sunday!')
  await startDryRun(page, host.url, { name: 'Sunday opening', list: 'Five shops', message: 'Sunday' })
  await waitUntilFinished(page, 20_000)

  await page.getByRole('navigation').getByRole('link', { name: 'Alerts', exact: true }).click()
  const rule = page.getByRole('row', { name: /Opt-out rate/ })
  await rule.getByRole('button', { name: /^Send test/ }).click()
  await expect(rule.getByRole('status')).toContainText('Test sent')
  const paused = page.getByRole('row', { name: /paused by itself/ })
  await paused.getByRole('button', { name: /^Send test/ }).click()
  await expect(paused.getByRole('status')).toContainText('Test sent')
  const log = page.locator('.alert-log').getByRole('row')
  await expect(log.filter({ hasText: 'Campaign finished' })).toHaveCount(2)
  await expect(log.filter({ hasText: 'Test alert' })).toHaveCount(2)
  // The notes in the corner of the window, closed as a shop owner would
  const notes = page.getByRole('region', { name: 'Alerts' }).getByRole('button', { name: 'Close' })
  while ((await notes.count()) > 0) await notes.first().click()
  await save(page, 'alerts', true)
  await service.close()
})

test('Herald in Spanish, and in Arabic from right to left', async ({ page, herald: host }) => {
  seedHistory(host.dataDir)
  herald(host.dataDir, 'settings', 'set', 'app.language', 'es')
  await page.goto(`${host.url}#/dashboard`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Panel')
  await page.getByLabel('Modo', { exact: true }).selectOption('all')
  await expect(page.locator('.quick-stats')).toContainText('campañas')
  await save(page, 'dashboard-es')

  herald(host.dataDir, 'settings', 'set', 'app.language', 'ar')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.goto(`${host.url}#/campaigns`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الحملات')
  await save(page, 'campaigns-ar')
})
