// The insight benchmark (issue 5): seeds 1,000,000 messages over 200 campaigns into a temp data folder and
// times the dashboard queries, the whole dashboard, a message-log page and the CSV export of every row,
// each next to a floor measured in the same run. Not part of `npm test`.
// Run: npm run bench:insight   (INSIGHT_MESSAGES, INSIGHT_CAMPAIGNS, INSIGHT_RUNS change the figures;
// INSIGHT_NUMBERS spreads the history over 1–3 sending numbers; INSIGHT_DATA_DIR keeps the seeded folder
// between runs, seeding only when it is empty).
// The count(*) floor is SQLite counting the entries of its smallest index: it shows the cost of a
// statement round trip, not of reading the rows, so the ratios against it are large by nature.
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AnalyticsQuery } from '../src-shared/domain/analytics'
import { periodBounds } from '../src-main/analytics/analytics-service'
import { seedHistory } from '../src-main/analytics/seed'
import type { Database } from 'better-sqlite3'
import { startup } from '../src-main/context'
import type { AppContext } from '../src-main/context'
import { wireAppContext } from '../src-main/context-wiring'
import type { WiredContext } from '../src-main/context-wiring'
import { AnalyticsRepo } from '../src-main/db/repos/analytics-repo'
import type { AnalyticsScope } from '../src-main/db/repos/analytics-repo'
import { MessageLogRepo } from '../src-main/db/repos/message-log-repo'
import { ReportsRepo } from '../src-main/db/repos/reports-repo'
import { exportReports } from '../src-main/reports/exports'
import { medianMs, ms } from './timing'

const messages = Number(process.env.INSIGHT_MESSAGES ?? 1_000_000)
const campaigns = Number(process.env.INSIGHT_CAMPAIGNS ?? 200)
const runs = Number(process.env.INSIGHT_RUNS ?? 7)
const numbers = Number(process.env.INSIGHT_NUMBERS ?? 1)
const dayMs = 86_400_000

type ExportFigures = { ms: number; rows: number; bytes: number; peakRssMb: number; startRssMb: number }

const time = (work: () => unknown): number => medianMs(runs, work)
const verdict = (value: number, target: number): string => (value < target ? 'PASS' : 'MISS')

function row(label: string, value: number, floor: number, target: number, unit = ms): void {
  const ratio = floor > 0 ? `${(value / floor).toFixed(2)}×`.padStart(9) : ''.padStart(9)
  console.log(`${label.padEnd(44)}${unit(value)}${ratio}   < ${target} ms  ${verdict(value, target)}`)
}

/** The app's services, and the database under them, which the benchmark also queries directly. */
function openFolder(dataDir: string): WiredContext {
  const wired = wireAppContext({ dataDir, runtime: 'cli' })
  startup(wired.ctx)
  return wired
}

function seedIfEmpty(db: Database, now: Date): void {
  const existing = db.prepare('SELECT count(*) FROM messages').pluck().get() as number
  if (existing > 0) {
    console.log(`data folder already holds ${existing} messages: seeding skipped`)
    return
  }
  const start = performance.now()
  const summary = seedHistory(db, { campaigns, messages, now, seed: 'insight-bench', numbers })
  const seconds = (performance.now() - start) / 1000
  console.log(
    `seeded ${summary.messages} messages over ${summary.campaigns} campaigns in ${seconds.toFixed(1)} s`,
  )
}

function dashboardQueries(db: Database, floor: number): void {
  const repo = new AnalyticsRepo(db)
  // The seeded history is made of dry runs: 'all' reads every one of them, as before the filter.
  const all: AnalyticsScope = { ...periodBounds({}), dryRun: 'all' }
  const queries: [string, () => unknown][] = [
    ['summary', () => repo.summary(all)],
    ['totals', () => repo.totals(all)],
    ['durations (deliver)', () => repo.durations(all, 'delivered_at')],
    ['durations (read)', () => repo.durations(all, 'read_at')],
    ['durations (reply)', () => repo.durations(all, 'replied_at')],
    ['spans', () => repo.spans(all)],
    ['sendHours', () => repo.sendHours(all)],
    ['replyHours', () => repo.replyHours(all)],
    ['variants', () => repo.variants(all)],
    ['errors', () => repo.errors(all)],
    ['daily', () => repo.daily(all)],
    ['prefixes (countries)', () => repo.prefixes(all)],
    ['campaignCounts', () => repo.campaignCounts(all)],
    ['optOuts (by number)', () => repo.optOuts(all)],
    ['accounts (by number)', () => repo.accounts(all)],
    ['numbersWithMessages', () => repo.numbersWithMessages()],
  ]
  console.log('\nEach dashboard query, all history')
  for (const [name, work] of queries) row(`  ${name}`, time(work), floor, 100)
}

function wholeDashboard(ctx: AppContext, floor: number, campaignId: number): void {
  const day = (ago: number): string => new Date(Date.now() - ago * dayMs).toISOString().slice(0, 10)
  const scopes: [string, AnalyticsQuery][] = [
    ['all history', { dryRun: 'all' }],
    ['last 30 days', { since: day(30), dryRun: 'all' }],
    ['last 90 days', { since: day(90), dryRun: 'all' }],
    [`one campaign (#${campaignId})`, { campaignId }],
    // The filter at its heaviest: the first number, which sent most of the history (all of it by default)
    ['one number (#1), all history', { dryRun: 'all', accountId: 1 }],
    ['one number (#1), last 30 days', { since: day(30), dryRun: 'all', accountId: 1 }],
  ]
  console.log('\nWhole dashboard (AnalyticsService.analytics)')
  for (const [name, query] of scopes)
    row(
      `  ${name}`,
      time(() => ctx.analytics.analytics(query)),
      floor,
      300,
    )
}

function messageLog(db: Database, floor: number, campaignId: number): void {
  const repo = new MessageLogRepo(db)
  const total = repo.page({ campaignId }, 0, 1).total
  const phone = repo.page({ campaignId }, Math.floor(total / 2), 1).rows[0]?.phone ?? '+44'
  const failed = repo.page({ campaignId, status: 'failed' }, 0, 1).total
  const pages: [string, () => unknown][] = [
    ['no filter, first page', () => repo.page({ campaignId }, 0, 200)],
    ['no filter, last page (deep offset)', () => repo.page({ campaignId }, total - 200, 200)],
    ['status = failed', () => repo.page({ campaignId, status: 'failed' }, 0, 200)],
    ['status = delivered, offset 2000', () => repo.page({ campaignId, status: 'delivered' }, 2000, 200)],
    ['category = not on WhatsApp', () => repo.page({ campaignId, category: 'not_on_whatsapp' }, 0, 200)],
    ['variant = B, offset 1000', () => repo.page({ campaignId, variant: 'B' }, 1000, 200)],
    [`search phone "${phone.slice(-6)}"`, () => repo.page({ campaignId, search: phone.slice(-6) }, 0, 200)],
    ['search name "amira"', () => repo.page({ campaignId, search: 'amira' }, 0, 200)],
    [
      'status + variant + search "44"',
      () => repo.page({ campaignId, status: 'read', variant: 'A', search: '44' }, 0, 200),
    ],
  ]
  console.log(`\nMessage-log page of 200 rows, campaign #${campaignId} (${total} messages, ${failed} failed)`)
  for (const [name, work] of pages) row(`  ${name}`, time(work), floor, 50)
}

/**
 * The peak resident memory of this process image. Not resourceUsage().maxRSS: Linux carries that across
 * fork and exec, so a child started by a parent that has just seeded reports the parent's peak. VmHWM is
 * the high-water mark of this address space alone; elsewhere the sampled maximum stands in.
 */
function peakRssMb(sampled: number): number {
  const status = fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : ''
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
  return kb ? Number(kb) / 1024 : sampled / 2 ** 20
}

async function exportChild(dataDir: string, file: string): Promise<void> {
  const { ctx, db } = openFolder(dataDir)
  const startRssMb = process.memoryUsage().rss / 2 ** 20
  let sampled = 0
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 5)
  const start = performance.now()
  const result = await exportReports(new ReportsRepo(db), { reports: ['messages'], format: 'csv', file })
  const ms = performance.now() - start
  clearInterval(sampler)
  const figures: ExportFigures = {
    ms,
    rows: result.rows,
    bytes: fs.statSync(file).size,
    peakRssMb: peakRssMb(sampled),
    startRssMb,
  }
  await ctx.shutdown()
  process.send?.(figures)
}

function runExportChild(dataDir: string, file: string): Promise<ExportFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1] ?? '', ['--export-child', dataDir, file], { stdio: 'inherit' })
    child.once('message', (m) => resolve(m as ExportFigures))
    child.once('exit', (code) => reject(new Error(`the export child exited with code ${code}`)))
  })
}

/** Writes the same bytes straight to a file in 64 KB chunks: what any export must at least cost. */
function rawWriteMs(source: string, target: string): number {
  const bytes = fs.readFileSync(source)
  const start = performance.now()
  const fd = fs.openSync(target, 'w')
  for (let at = 0; at < bytes.length; at += 65_536) fs.writeSync(fd, bytes.subarray(at, at + 65_536))
  fs.closeSync(fd)
  return performance.now() - start
}

async function csvExport(dataDir: string, dir: string): Promise<void> {
  const file = path.join(dir, 'messages.csv')
  fs.rmSync(file, { force: true })
  const f = await runExportChild(dataDir, file)
  const floor = rawWriteMs(file, path.join(dir, 'raw.csv'))
  console.log(`\nCSV export of every message (exportReports, in a child process)`)
  console.log(
    `  ${f.rows} rows, ${(f.bytes / 2 ** 20).toFixed(0)} MB; raw write of the same bytes ${ms(floor)}`,
  )
  row('  time', f.ms, floor, 10_000)
  const mb = (v: number): string => `${v.toFixed(0)} MB`.padStart(11)
  console.log(
    `${'  peak RSS'.padEnd(44)}${mb(f.peakRssMb)}${''.padStart(9)}   < 300 MB  ${verdict(f.peakRssMb, 300)}` +
      `   (${f.startRssMb.toFixed(0)} MB before the export)`,
  )
  fs.rmSync(file, { force: true })
  fs.rmSync(path.join(dir, 'raw.csv'), { force: true })
}

async function main(): Promise<void> {
  const kept = process.env.INSIGHT_DATA_DIR
  const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'herald-insight-bench-'))
  const { ctx, db } = openFolder(dir)
  try {
    seedIfEmpty(db, new Date())
    const countAll = db.prepare('SELECT count(*) FROM messages').pluck()
    const floor = time(() => countAll.get())
    // The largest campaign: the heaviest "one campaign" dashboard and message log.
    const campaignId = db
      .prepare('SELECT campaign_id FROM insight_status GROUP BY campaign_id ORDER BY sum(n) DESC LIMIT 1')
      .pluck()
      .get() as number
    console.log(`\nfloor: SELECT count(*) FROM messages ${ms(floor)} (median of ${runs})`)
    console.log(`${''.padEnd(44)}${'median'.padStart(11)}${'× floor'.padStart(9)}   target`)
    dashboardQueries(db, floor)
    wholeDashboard(ctx, floor, campaignId)
    messageLog(db, floor, campaignId)
    db.pragma('wal_checkpoint(TRUNCATE)')
    await csvExport(dir, dir)
  } finally {
    await ctx.shutdown()
    if (!kept) fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--export-child') void exportChild(process.argv[3] ?? '', process.argv[4] ?? '')
else void main()
