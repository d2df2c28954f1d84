import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseCsv } from '../src-main/import/csv'
import { messageStatusLabels } from '../src-shared/domain/status-words'
import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { startSpringRehearsal, waitUntilFinished } from './pages/dry-run-campaign'
import { ReportsPage } from './pages/reports-page'

const readCsv = (file: string): { bom: boolean; rows: string[][] } => {
  const text = fs.readFileSync(file, 'utf8')
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), ',').filter((row) => row.some((cell) => cell !== ''))
  return { bom: text.startsWith('\uFEFF'), rows }
}

// A zone the computer running the tests is unlikely to be in: the export's times follow the browser's zone
const browserZone = 'Pacific/Chatham'
test.use({ timezoneId: browserZone })

test('after a dry run: export the message log as CSV, download it, print the report, back up in Data care', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(150_000)
  const reports = new ReportsPage(page)
  await startSpringRehearsal(page, herald.url, 'Spring, rehearsal')
  await waitUntilFinished(page)
  const campaignId = Number(/#\/campaigns\/(\d+)/.exec(page.url())?.[1])

  await page.goto(`${herald.url}#/history/${campaignId}`)
  await reports.exportButton().click()
  await expect(reports.dialog()).toBeVisible()
  // For a spreadsheet, the workbook: chosen from the start, and the dialog says why
  await expect(reports.format('Excel workbook')).toBeChecked()
  await expect(reports.dialog()).toContainText('phone numbers as written')
  await expect(reports.dialog()).toContainText(`Times are in your time zone (${browserZone})`)
  await reports.report('Message log').check()
  await reports.format('CSV').check()
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') })
  await reports.save().click()
  await expect(reports.dialog()).toContainText('The report is saved.')
  await expect(reports.dialog()).toContainText('50 rows')
  await page.screenshot({ path: testInfo.outputPath('export-done.png') })

  const file = (await reports.savedPath().innerText()).trim()
  expect(path.dirname(file)).toBe(path.join(herald.dataDir, 'exports'))
  expect(path.basename(file)).toMatch(/^Spring,-rehearsal-messages-\d{4}-\d{2}-\d{2}\.csv$/)
  const { bom, rows } = readCsv(file)
  expect(bom).toBe(true)
  expect(rows).toHaveLength(1 + 50)
  expect(rows.slice(1).every((row) => row[1] === 'Spring, rehearsal')).toBe(true)
  const column = (label: string): string[] =>
    rows.slice(1).map((row) => row[rows[0]?.indexOf(label) ?? -1] ?? '')
  // Phone numbers as stored, statuses in the screens' words, times in the browser's zone
  expect(column('Phone').every((phone) => /^\+\d{6,15}$/.test(phone))).toBe(true)
  expect(column('Status')).toContain('Failed')
  expect(column('Status').every((status) => Object.values(messageStatusLabels).includes(status))).toBe(true)
  expect(column(`Sent (${browserZone})`).filter((t) => t !== '')[0]).toMatch(
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
  )

  // The browser run also hands the file over as a download, the very bytes it saved
  const [download] = await Promise.all([page.waitForEvent('download'), reports.download().click()])
  expect(download.suggestedFilename()).toBe(path.basename(file))
  const downloaded = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(downloaded)
  expect(fs.readFileSync(downloaded).equals(fs.readFileSync(file))).toBe(true)

  // Another, in Spanish: the file's headings and words in the language chosen, the window's by default
  await reports.dialog().getByRole('button', { name: 'Export another' }).click()
  await expect(reports.language()).toHaveValue('en')
  await reports.language().selectOption('es')
  await reports.dialog().screenshot({ path: testInfo.outputPath('export-dialog-language.png') })
  await reports.save().click()
  await expect(reports.dialog()).toContainText('The report is saved.')
  const spanish = readCsv((await reports.savedPath().innerText()).trim()).rows
  expect(spanish[0]?.slice(0, 4)).toEqual(['ID de campaña', 'Campaña', 'ID del mensaje', 'Nombre'])
  expect(spanish.slice(1).map((row) => row[spanish[0]?.indexOf('Estado') ?? -1])).toContain('Fallido')
  await reports.dialog().getByRole('button', { name: 'Done' }).click()

  // The print report: drawn, marked ready, with the campaign's figures.
  await page.goto(`${herald.url}#/history/${campaignId}/report`)
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Spring, rehearsal' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Delivery funnel' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('print-report.png'), fullPage: true })
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.sidebar')).toBeHidden()
  await page.screenshot({ path: testInfo.outputPath('print-report-paper.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  // Printed in another language than the window's (the desktop app's PDF asks so with ?lang=)
  await page.goto(`${herald.url}#/history/${campaignId}/report?lang=fr`)
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { name: 'Entonnoir de distribution' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('print-report-fr.png'), fullPage: true })
  // Leaving the page, the window speaks its own language again
  await page.goto(`${herald.url}#/history/${campaignId}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  // Data care: healthy, and a backup made now is listed.
  await new AppShell(page).open('Settings')
  await expect(reports.dataCare()).toContainText('The database is healthy')
  await expect(reports.backups()).toHaveCount(0)
  await reports.backUpNow().click()
  await expect(reports.dataCare()).toContainText('Backed up.')
  await expect(reports.backups()).toHaveCount(1)
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    reports.download(reports.dataCare()).click(),
  ])
  expect(backup.suggestedFilename()).toMatch(/^herald-backup-.*\.db$/)
  await reports.dataCare().screenshot({ path: testInfo.outputPath('data-care.png') })
  expect(fs.readdirSync(path.join(herald.dataDir, 'backups')).filter((f) => f.endsWith('.db'))).toHaveLength(
    1,
  )
})

test('a long export shows its progress; a restore brings the data back without restarting', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(150_000)
  const reports = new ReportsPage(page)
  const cli = path.resolve(__dirname, '..', 'out', 'main', 'cli.js')
  execFileSync(process.execPath, [
    cli,
    '--data-dir',
    herald.dataDir,
    'dev',
    'seed',
    '--campaigns',
    '4',
    '--messages',
    '60000',
  ])

  await page.goto(`${herald.url}#/dashboard`)
  await reports.exportButton().first().click()
  await reports.report('Message log').check()
  await reports.format('JSON').check()
  await reports.save().click()
  await expect(reports.progress()).toBeVisible()
  await expect(reports.dialog()).toContainText(/rows written/)
  await page.screenshot({ path: testInfo.outputPath('export-progress.png') })
  await expect(reports.dialog()).toContainText('The report is saved.', { timeout: 60_000 })
  await reports.dialog().getByRole('button', { name: 'Done' }).click()

  await new AppShell(page).open('Settings')
  await reports.backUpNow().click()
  await expect(reports.backups()).toHaveCount(1)
  const campaigns = reports.dataCare().locator('.data-care__figures dd').nth(2)
  await expect(campaigns).toHaveText('4')

  await reports.dataCare().getByLabel('Delete campaigns older than').fill('1')
  await reports.dataCare().getByRole('button', { name: 'Show what would go' }).click()
  await expect(reports.dataCare().locator('.data-care__table tbody tr')).not.toHaveCount(0)
  await reports.dataCare().screenshot({ path: testInfo.outputPath('data-care-prune.png') })
  await reports
    .dataCare()
    .getByRole('button', { name: /^Delete \d+ campaign/ })
    .click()
  await page.getByRole('button', { name: 'Delete for good' }).click()
  await expect(reports.dataCare()).toContainText('Deleted')
  await expect(campaigns).not.toHaveText('4')

  await reports.backups().first().getByRole('button', { name: 'Restore…' }).click()
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toContainText('kept as a copy')
  await page.screenshot({ path: testInfo.outputPath('restore-confirm.png') })
  await page.getByRole('button', { name: 'Restore and restart' }).click()
  // The page reloads on the restored data, on the same address.
  await expect(reports.dataCare().locator('.data-care__figures dd').nth(2)).toHaveText('4', {
    timeout: 20_000,
  })
  await expect(reports.dataCare()).toContainText('The database is healthy')
})
