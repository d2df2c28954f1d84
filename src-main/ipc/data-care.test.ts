import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ExportProgress } from '../../src-shared/domain/reports'
import type { TestContext } from '../context.test-support'
import { createBrowserDesktop } from '../host/desktop-browser'
import type { Desktop } from '../desktop'
import { parseCsv } from '../import/csv'
import { seedSmallHistory } from '../reports/fixtures.test-support'
import { openTestContext, tempDataDir } from '../context.test-support'
import { dataCareHandlers } from './data-care'

let dir: string
let remove: () => void
let ctx: TestContext
const opened: string[] = []

const desktop = (overrides: Partial<Desktop> = {}): Desktop => ({
  ...createBrowserDesktop({
    platform: 'darwin',
    open: (_command, args) => void opened.push(args.at(-1) ?? ''),
  }),
  ...overrides,
})

function open(overrides: Partial<Desktop> = {}): TestContext {
  return openTestContext({ dataDir: path.join(dir, 'data'), runtime: 'browser', desktop: desktop(overrides) })
}

const now = new Date(2026, 5, 1, 9, 30)
const handlersOf = (context: TestContext): ReturnType<typeof dataCareHandlers> =>
  dataCareHandlers(context, { now: () => now, progressIntervalMs: 0 })

beforeEach(() => {
  ;({ dir, remove } = tempDataDir('herald-data-care-'))
  opened.length = 0
  ctx = open()
  seedSmallHistory(ctx.db)
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

const readCsv = (file: string): string[][] => {
  const text = fs.readFileSync(file, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  return parseCsv(text.slice(1), ',').filter((row) => row.some((cell) => cell !== ''))
}

describe('reports:export', () => {
  it('saves the message log in the exports folder, under the proposed name, and it parses back', async () => {
    const handlers = handlersOf(ctx)
    const progress: ExportProgress[] = []
    ctx.events.subscribe((event, payload) => {
      if (event === 'reports:progress') progress.push(payload as ExportProgress)
    })
    const saved = await handlers['reports:export']({ exportId: 'x1', reports: ['messages'], format: 'csv' })
    const file = path.join(dir, 'data', 'exports', 'all-campaigns-messages-2026-06-01.csv')
    expect(saved).toEqual({ status: 'saved', file, bytes: fs.statSync(file).size, rows: 14 })
    const rows = readCsv(file)
    expect(rows).toHaveLength(1 + 14)
    expect(rows[0]?.slice(0, 3)).toEqual(['Campaign ID', 'Campaign', 'Message ID'])
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.every((p) => p.exportId === 'x1')).toBe(true)
    expect(progress.at(-1)).toEqual({ exportId: 'x1', rowsWritten: 14, totalRows: 14 })

    // A second export of the same report never replaces the first.
    const again = await handlers['reports:export']({ exportId: 'x2', reports: ['messages'], format: 'csv' })
    expect(again).toMatchObject({ file: file.replace(/\.csv$/, ' (2).csv') })
  })

  it('names the file after the campaign and writes every report into one workbook', async () => {
    const saved = await handlersOf(ctx)['reports:export']({
      exportId: 'x',
      reports: ['summary', 'messages', 'analytics', 'errors'],
      format: 'xlsx',
      campaignId: 1,
    })
    expect(saved.status === 'saved' && path.basename(saved.file)).toMatch(/-all-2026-06-01\.xlsx$/)
    expect(saved.status === 'saved' && fs.readFileSync(saved.file).subarray(0, 2).toString()).toBe('PK')
  })

  it('refuses several reports in one CSV and an unknown campaign, in words', async () => {
    const handlers = handlersOf(ctx)
    await expect(
      handlers['reports:export']({ exportId: 'x', reports: ['summary', 'errors'], format: 'csv' }),
    ).rejects.toThrow(/CSV file holds one report/)
    await expect(
      handlers['reports:export']({ exportId: 'x', reports: ['summary'], format: 'csv', campaignId: 99 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    await ctx.shutdown()
    ctx = open({ chooseSaveFile: () => Promise.resolve(null) })
    const handlers = handlersOf(ctx)
    expect(await handlers['reports:export']({ exportId: 'x', reports: ['errors'], format: 'json' })).toEqual({
      status: 'cancelled',
    })
    expect(fs.existsSync(path.join(dir, 'data', 'exports'))).toBe(false)
  })
})

describe('reports:show-in-folder and reports:pdf', () => {
  it('shows only a file this run saved', async () => {
    const handlers = handlersOf(ctx)
    const saved = await handlers['reports:export']({ exportId: 'x', reports: ['summary'], format: 'json' })
    const file = saved.status === 'saved' ? saved.file : ''
    expect(handlers['reports:show-in-folder']({ file: ctx.paths.databasePath })).toEqual({ shown: false })
    expect(handlers['reports:show-in-folder']({ file: path.join(dir, 'elsewhere.csv') })).toEqual({
      shown: false,
    })
    expect(opened).toEqual([])
    expect(handlers['reports:show-in-folder']({ file })).toEqual({ shown: true })
    expect(opened).toEqual([path.dirname(file)])
    // Another run (fresh handlers) did not save it.
    expect(handlersOf(ctx)['reports:show-in-folder']({ file })).toEqual({ shown: false })
  })

  it('saves the printed PDF where the user chose; refuses plainly where the page prints itself', async () => {
    await expect(handlersOf(ctx)['reports:pdf']({ campaignId: 1 })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    })
    await ctx.shutdown()
    const printToPdf = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 report')))
    ctx = open({ printToPdf })
    const saved = await handlersOf(ctx)['reports:pdf']({ campaignId: 1, language: 'ar' })
    // Printed in the language the window asked for
    expect(printToPdf).toHaveBeenCalledWith(1, 'ar')
    expect(saved.status === 'saved' && path.basename(saved.file)).toMatch(/-report-2026-06-01\.pdf$/)
    expect(saved.status === 'saved' && fs.readFileSync(saved.file, 'utf8')).toBe('%PDF-1.7 report')
  })
})

describe('db:health, db:prune-preview, db:prune, db:optimize', () => {
  it('reports integrity, sizes and counts', async () => {
    const health = await handlersOf(ctx)['db:health']({})
    expect(health).toMatchObject({
      ok: true,
      integrity: ['ok'],
      campaigns: 2,
      messages: 14,
      databasePath: ctx.paths.databasePath,
      backupsFolder: path.join(dir, 'data', 'backups'),
    })
    expect(health.databaseBytes).toBeGreaterThan(0)
  })

  it('deletes exactly what the preview listed', async () => {
    const handlers = handlersOf(ctx)
    const preview = await handlers['db:prune-preview']({ olderThanDays: 1 })
    expect(preview.campaigns.length).toBeGreaterThan(0)
    expect(preview.messages).toBe(preview.campaigns.reduce((n, c) => n + c.messages, 0))
    const { deleted } = await handlers['db:prune']({ olderThanDays: 1 })
    expect(deleted).toEqual(preview.campaigns)
    expect((await handlers['db:prune-preview']({ olderThanDays: 1 })).campaigns).toEqual([])
  })

  it('optimizes and gives the space of deleted campaigns back', async () => {
    const handlers = handlersOf(ctx)
    await handlers['db:prune']({ olderThanDays: 1 })
    const result = await handlers['db:optimize']({ vacuum: true })
    expect(result.bytesAfter).toBeGreaterThan(0)
    expect(result.bytesAfter).toBeLessThan(result.bytesBefore)
    expect(ctx.dataCare.check().ok).toBe(true)
  })
})
