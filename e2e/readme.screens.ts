import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { notConnected } from '../src-shared/domain/whatsapp'
import { expect, test } from './fixtures'
import { AppShell, openHerald } from './pages/app-shell'
import { ConnectPage, WhatsAppSimulator } from './pages/connect-page'
import { ContactsPage } from './pages/contacts-page'
import { DashboardPage } from './pages/dashboard-page'
import { prepareSpringOffer, startDryRun, waitUntilFinished } from './pages/dry-run-campaign'
import { HistoryPage } from './pages/history-page'
import { ReportsPage } from './pages/reports-page'

// The README's screenshots, taken from the built app as a shop owner sees it: `npm run screenshots` writes
// them to resources/screenshots (not part of `npm test`).

const folder = path.join(__dirname, '..', 'resources', 'screenshots')
const save = (page: Page, name: string, fullPage = false): Promise<Buffer> =>
  page.screenshot({ path: path.join(folder, `${name}.png`), fullPage })

/** A few weeks of history in the data folder, as `herald dev seed` makes it (the host keeps running). */
function seedHistory(dataDir: string): void {
  const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
  execFileSync(process.execPath, [
    cli,
    '--data-dir',
    dataDir,
    'dev',
    'seed',
    '--campaigns',
    '12',
    '--messages',
    '6000',
    '--seed',
    'readme',
  ])
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
