import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { parseCsv } from '../src-main/import/csv'
import { reportPrintRoute } from '../src-shared/domain/custom-reports'
import { expect, test } from './fixtures'
import { CustomReportsPage } from './pages/custom-reports-page'
import { countIn, liveCounts, startSpringRehearsal, waitUntilFinished } from './pages/dry-run-campaign'

// Receipts and replies come quickly, so a rehearsal of fifty is over in moments
test.use({ hostEnv: { HERALD_DRY_RUN_LATENCY_MS: '5,15' } })

const shots = '/tmp/shots-builder'

/** axe's WCAG 2.1 AA findings on the page as it is, one line each. */
async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const readCsv = (file: string): string[][] =>
  parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), ',').filter((row) =>
    row.some((c) => c !== ''),
  )

test('build a report of a dry run, save it, find it after a reload, export it as CSV and PDF', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(60_000)
  fs.mkdirSync(shots, { recursive: true })
  const reports = new CustomReportsPage(page)
  await startSpringRehearsal(page, herald.url, 'Spring rehearsal')
  await waitUntilFinished(page)
  const { sent } = await liveCounts(page)
  expect(sent).toBeGreaterThan(0)

  await reports.navLink().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports')
  await expect(page.getByRole('region', { name: 'No saved reports yet' })).toBeVisible()
  await reports.newReport().click()

  // Messages of dry runs by day and variant: sent, delivered and the reply rate
  await reports.name().fill('Daily by variant')
  await reports.campaignsCounted('Both').check()
  await expect(reports.groupSlot('First by')).toHaveValue('day')
  await reports.groupSlot('Then by').selectOption({ label: 'Variant' })
  await reports.measure('Messages').uncheck()
  await reports.measure('Delivered').check()
  await reports.measure('Reply rate').check()
  await expect(reports.previewTable().getByRole('columnheader')).toHaveText([
    'Day',
    'Variant',
    'Sent',
    'Delivered',
    'Reply rate',
  ])
  // The totals are the dry run's: every message that went out is in Sent
  await expect(reports.totals().getByRole('cell').first()).toHaveText(String(sent))
  await expect(reports.totals().getByRole('cell').last()).toHaveText(/^(\d+(\.\d)?%|<0\.1%)$/)
  await expect(reports.chart()).toHaveAccessibleName('Chart: Sent by day and variant')
  // Bars for one day, a line over several (a run that crosses midnight UTC)
  await expect(reports.chart().locator('.recharts-bar-rectangle, .recharts-line-curve').first()).toBeVisible()
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(shots, 'builder.png') })
  expect(await axeFindings(page)).toEqual([])

  await reports.save().click()
  await expect(reports.saveStatus()).toHaveText('Saved.')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daily by variant')
  await expect(page).toHaveURL(/#\/reports\/saved\/Daily%20by%20variant$/)
  await expect(page.getByRole('region', { name: 'Schedules' })).toBeVisible()
  await page.screenshot({ path: path.join(shots, 'builder-saved.png'), fullPage: true })

  // After a reload the report is listed with what it counts, and copies and deletes as asked
  await page.reload()
  await reports.navLink().click()
  await expect(reports.row('Daily by variant')).toContainText(
    'Messages by day and variant: Sent, Delivered, Reply rate',
  )
  await page.getByRole('button', { name: 'Duplicate Daily by variant' }).click()
  await expect(page.getByLabel('Name of the copy')).toHaveValue('Daily by variant (copy)')
  await page.getByRole('button', { name: 'Make the copy' }).click()
  await expect(reports.row('Daily by variant (copy)')).toBeVisible()
  await page.screenshot({ path: path.join(shots, 'list.png'), fullPage: true })
  expect(await axeFindings(page)).toEqual([])
  await page.getByRole('button', { name: 'Delete Daily by variant (copy)' }).click()
  await page.getByRole('button', { name: 'Delete report' }).click()
  await expect(reports.row('Daily by variant (copy)')).toHaveCount(0)

  // Opened again: a change asks before leaving; undone, the report exports as CSV with its columns
  await page.getByRole('link', { name: 'Open Daily by variant' }).click()
  await expect(reports.measure('Reply rate')).toBeChecked()
  await reports.measure('Read').check()
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible()
  await page.getByRole('button', { name: 'Stay' }).click()
  await page.getByRole('button', { name: 'Discard changes' }).click()
  await expect(reports.saveStatus()).toHaveText('Saved.')

  await reports.exportButton().click()
  await reports.exportDialog().getByRole('radio', { name: 'CSV' }).check()
  await reports.exportDialog().getByRole('button', { name: 'Save' }).click()
  await expect(reports.exportDialog()).toContainText('The report is saved.')
  const file = (await reports.savedPath().innerText()).trim()
  expect(path.dirname(file)).toBe(path.join(herald.dataDir, 'exports'))
  const [header = [], ...rows] = readCsv(file)
  expect(header).toEqual(['day', 'variant', 'sent', 'delivered', 'replyRate'])
  expect(rows.reduce((sum, row) => sum + countIn(row[2] ?? ''), 0)).toBe(sent)
  await reports.exportDialog().getByRole('button', { name: 'Done' }).click()

  // The browser prints the page it shows: the report laid out for paper
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await reports.pdfButton().click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  await page.emulateMedia({ media: 'print' })
  await expect(
    page.locator('.report-print--inline').getByRole('heading', { name: 'Daily by variant' }),
  ).toBeVisible()
  await expect(reports.preview()).toBeHidden()
  await page.screenshot({ path: path.join(shots, 'builder-printed.png'), fullPage: true })
  const pdf = testInfo.outputPath('daily-by-variant.pdf')
  await page.pdf({ path: pdf, format: 'A4' })
  expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await page.emulateMedia({ media: 'screen' })

  // The page the desktop app prints to PDF: drawn from the definition, and marked ready
  const definition = {
    name: 'Daily by variant',
    rows: 'messages' as const,
    groupBy: ['day' as const, 'variant' as const],
    measures: ['sent' as const, 'delivered' as const, 'replyRate' as const],
    filters: { dryRuns: 'all' as const },
  }
  await page.goto(`${herald.url}#${reportPrintRoute(definition)}`)
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  await expect(page.locator('.report-print').getByRole('rowheader', { name: 'Total' })).toBeVisible()
  await page.screenshot({ path: path.join(shots, 'print.png'), fullPage: true })
  const printed = testInfo.outputPath('printed.pdf')
  await page.pdf({ path: printed, format: 'A4' })
  expect(fs.readFileSync(printed).subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
