import fs from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import { parseCsv } from '../src-main/import/csv'
import { ratePercent, rateBases, rateNames, ratesOf } from '../src-shared/domain/rates'
import { formatPercent } from '../src-renderer/lib/format'
import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { DashboardPage } from './pages/dashboard-page'
import {
  countIn,
  liveCounts,
  startDryRun,
  startSpringRehearsal,
  stopPartWay,
  waitUntilFinished,
} from './pages/dry-run-campaign'
import { HistoryPage } from './pages/history-page'
import { ReportsPage } from './pages/reports-page'

/** The figures a shop owner reads for one campaign, as one screen writes them. */
type Figures = { sent: string; delivery: string; read: string; reply: string }
type Screen = 'live view' | 'Dashboard' | 'History list' | 'History page' | 'PDF report' | 'summary CSV'

const periods = ['Last 7 days', 'Last 30 days', 'Last 90 days', 'All time'] as const

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true })
}

/** The "Totals" cards of the Dashboard and of a campaign's page in History. */
async function totalsCards(page: Page): Promise<Figures> {
  const totals = page.getByRole('list', { name: 'Totals' })
  const value = (label: string): Promise<string> =>
    totals.getByRole('listitem', { name: label, exact: true }).locator('.stat-card__value').innerText()
  await expect(totals.getByRole('listitem', { name: 'Read', exact: true })).toContainText(rateBases.read)
  return {
    sent: String(countIn(await value('Messages sent'))),
    delivery: await value('Delivered'),
    read: await value('Read'),
    reply: await value('Replied'),
  }
}

/** The printable report's key figures: the count, and each rate in its help ("61% of messages sent"). */
async function reportFigures(page: Page): Promise<Figures> {
  const figure = (label: string): Promise<string> =>
    page
      .locator('.report-figure')
      .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
      .innerText()
  const rate = async (label: string, basis: string): Promise<string> => {
    const text = await figure(label)
    expect(text).toContain(basis)
    return /([\d.<]+%|—) of messages sent/.exec(text)?.[1] ?? text
  }
  return {
    sent: String(
      countIn(
        await page
          .locator('.report-figure', { hasText: /^Sent/ })
          .locator('.report-figure__value')
          .innerText(),
      ),
    ),
    delivery: await rate('Delivered', rateBases.delivery),
    read: await rate('Read', rateBases.read),
    reply: await rate('Replied', rateBases.reply),
  }
}

/** Every screen's figures for `campaign`, read one after the other, and what the live counters make of them. */
async function figuresEverywhere(
  page: Page,
  url: string,
  campaign: { name: string; id: number },
  testInfo: TestInfo,
): Promise<{ expected: Figures; exact: Figures; seen: Record<Screen, Figures> }> {
  const dashboard = new DashboardPage(page)
  const history = new HistoryPage(page)
  const reports = new ReportsPage(page)

  await page.goto(`${url}#/campaigns/${campaign.id}`)
  await expect(page.locator('.live-summary .chip')).toHaveText('Stopped')
  const counts = await liveCounts(page)
  await shoot(page, testInfo, 'live-view')
  const rates = ratesOf({ ...counts })
  const expected: Figures = {
    sent: String(counts.sent),
    delivery: formatPercent(rates.delivery),
    read: formatPercent(rates.read),
    reply: formatPercent(rates.reply),
  }
  // The export's one-decimal percentages of the same fractions
  const exact: Figures = {
    sent: String(counts.sent),
    delivery: String(ratePercent(rates.delivery)),
    read: String(ratePercent(rates.read)),
    reply: String(ratePercent(rates.reply)),
  }

  await dashboard.open()
  await dashboard.includeDryRuns()
  await dashboard.period('All time').check()
  await dashboard.campaignFilter().selectOption({ label: campaign.name })
  await expect(dashboard.quickStats()).toContainText(`${campaign.name}, all time: 1 campaign`)
  const onDashboard = await totalsCards(page)
  await shoot(page, testInfo, 'dashboard-campaign')

  await history.open()
  const inList: Figures = {
    sent: await history.cell(campaign.name, 'Sent'),
    delivery: await history.cell(campaign.name, 'Delivered'),
    read: await history.cell(campaign.name, 'Read'),
    reply: await history.cell(campaign.name, 'Replied'),
  }
  await shoot(page, testInfo, 'history-list')
  await history.openCampaign(campaign.name)
  const onPage = await totalsCards(page)
  await shoot(page, testInfo, 'history-campaign')

  await reports.exportButton().click()
  await reports.report('Campaign summary').check()
  await reports.format('CSV').check()
  await reports.save().click()
  await expect(reports.dialog()).toContainText('The report is saved.')
  const file = (await reports.savedPath().innerText()).trim()
  await reports.dialog().getByRole('button', { name: 'Done' }).click()
  const [header = [], ...rows] = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), ',').filter(
    (row) => row.some((cell) => cell !== ''),
  )
  const row = rows.find((r) => r[header.indexOf('Campaign')] === campaign.name) ?? []
  const column = (label: string): string => {
    expect(header).toContain(label)
    return row[header.indexOf(label)] ?? ''
  }
  const rateColumn = (key: 'delivery' | 'read' | 'reply'): string =>
    column(`${rateNames[key]} % (${rateBases[key]})`)
  // The summary counts as the screens do: every message that went out is in "Sent"
  const inCsv: Figures = {
    sent: column('Sent'),
    delivery: rateColumn('delivery'),
    read: rateColumn('read'),
    reply: rateColumn('reply'),
  }

  await page.goto(`${url}#/history/${campaign.id}/report`)
  await expect(page.locator('[data-report-ready="true"]')).toBeVisible()
  await expect(page.getByRole('heading', { name: campaign.name })).toBeVisible()
  const inReport = await reportFigures(page)
  await shoot(page, testInfo, 'pdf-report')

  return {
    expected,
    exact,
    seen: {
      'live view': expected,
      Dashboard: onDashboard,
      'History list': inList,
      'History page': onPage,
      'PDF report': inReport,
      'summary CSV': inCsv,
    },
  }
}

/** "" when every screen agrees with the live counters, else what differs. */
function disagreements(result: Awaited<ReturnType<typeof figuresEverywhere>>): string {
  const lines: string[] = []
  for (const [screen, figures] of Object.entries(result.seen)) {
    const want = screen === 'summary CSV' ? result.exact : result.expected
    for (const key of Object.keys(want) as (keyof Figures)[])
      if (figures[key] !== want[key]) lines.push(`${screen} ${key}: ${figures[key]}, live view: ${want[key]}`)
  }
  return lines.join('; ')
}

test("a shop owner's week: two dry runs, every period, and one campaign's figures the same on every screen", async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(300_000)
  const dashboard = new DashboardPage(page)
  const shell = new AppShell(page)

  // Import a list, write a message and rehearse it; the first rehearsal is stopped part-way.
  await startSpringRehearsal(page, herald.url, 'Stopped early')
  const stoppedId = Number(/#\/campaigns\/(\d+)/.exec(page.url())?.[1])
  await stopPartWay(page)
  const stopped = await liveCounts(page)
  await shoot(page, testInfo, 'live-stopped')

  await startDryRun(page, herald.url, {
    name: 'Full rehearsal',
    list: 'Fifty shops',
    message: 'Spring offer',
  })
  await waitUntilFinished(page)
  const finished = await liveCounts(page)
  await shoot(page, testInfo, 'live-finished')
  const sentInAll = stopped.sent + finished.sent

  // Dry runs are left out until asked for, in every period; then both rehearsals count in each.
  await dashboard.open()
  await expect(dashboard.mode()).toHaveValue('live')
  for (const period of periods) {
    await dashboard.period(period).check()
    await expect(page.getByRole('region', { name: 'No messages in this period' })).toBeVisible()
  }
  await dashboard.includeDryRuns()
  for (const period of periods) {
    await dashboard.period(period).check()
    await expect(dashboard.quickStats()).toContainText(`${period}: 2 campaigns · ${sentInAll} sent`)
    await expect.poll(() => dashboard.cardCount('Messages sent')).toBe(sentInAll)
    await shell.screenshot(testInfo, `dashboard-${period.toLowerCase().replaceAll(' ', '-')}`)
  }

  // One campaign, every screen: the stopped rehearsal. Its reads and replies keep arriving for up to a minute
  // after it stops, so every screen is read again until they settle on the same numbers.
  const campaign = { name: 'Stopped early', id: stoppedId }
  let last = ''
  await expect
    .poll(
      async () => {
        const result = await figuresEverywhere(page, herald.url, campaign, testInfo)
        last = JSON.stringify(result.seen)
        return disagreements(result)
      },
      { timeout: 150_000, intervals: [5000] },
    )
    .toBe('')
  await testInfo.attach('figures', { body: last, contentType: 'application/json' })
  for (const name of ['live-view', 'dashboard-campaign', 'history-list', 'history-campaign', 'pdf-report'])
    await testInfo.attach(name, { path: testInfo.outputPath(`${name}.png`), contentType: 'image/png' })
})
