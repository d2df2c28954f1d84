import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportDefinitionSchema } from '../../src-shared/domain/report-definitions'
import type { ReportDefinitionInput } from '../../src-shared/domain/report-definitions'
import { seedHistory } from '../analytics/seed'
import { tempDataDir } from '../context.test-support'
import { schemaAt } from '../db/migrations/schema.test-support'
import type { Desktop, SaveFileRequest } from '../desktop'
import { parseCsv } from '../import/csv'
import { CustomReportsService } from '../reports/custom-reports'
import { customReportHandlers } from './custom-reports'

const db = schemaAt(Infinity)
const now = new Date('2026-03-02T09:00:00Z')
let dir: string
let remove: () => void
beforeAll(() => {
  ;({ dir, remove } = tempDataDir('herald-custom-reports-'))
  seedHistory(db, { campaigns: 3, messages: 300, now: new Date('2026-03-01T12:00:00Z'), seed: 'builder' })
})
afterAll(() => remove())

const daily: ReportDefinitionInput = {
  name: 'Daily by variant',
  rows: 'messages',
  groupBy: ['day', 'variant'],
  measures: ['sent', 'replied', 'replyRate'],
  filters: { dryRuns: 'all' },
}

type Asked = { requests: SaveFileRequest[]; routes: string[] }

function handlersWith(answer: (request: SaveFileRequest) => string | null, printer = true) {
  const asked: Asked = { requests: [], routes: [] }
  const desktop: Desktop = {
    chooseSaveFile: (request) => {
      asked.requests.push(request)
      // As both real desktops do: the proposed folder is made when it is not there yet
      fs.mkdirSync(path.dirname(request.defaultPath), { recursive: true })
      return Promise.resolve(answer(request))
    },
    chooseOpenFile: () => Promise.resolve(null),
    showInFolder: () => false,
    relaunch: () => undefined,
    ...(printer
      ? {
          printPageToPdf: (route: string) => {
            asked.routes.push(route)
            return Promise.resolve(Buffer.from('%PDF-1.7 a printed report'))
          },
        }
      : {}),
  }
  const saved = new Set<string>()
  const customReports = new CustomReportsService({ db, record: () => undefined, clock: { now: () => +now } })
  const paths = { dataDir: dir, databasePath: ':memory:', logFile: path.join(dir, 'herald.log') }
  const handlers = customReportHandlers(
    { customReports, desktop, paths, record: () => undefined },
    { saved, now: () => now },
  )
  return { handlers, asked, saved }
}

const definition = ReportDefinitionSchema.parse(daily)

describe('the report builder channels', () => {
  it('saves a new name, but asks before replacing a report of the same name in any case', async () => {
    const { handlers } = handlersWith(() => null)
    expect(await handlers['customReports:save']({ definition, replace: false })).toMatchObject({
      name: 'Daily by variant',
    })
    const again = { definition: { ...definition, name: 'DAILY by variant' }, replace: false }
    // The refusal carries its phrase for the window too: the code and the English words are what count here
    expect(() => handlers['customReports:save'](again)).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: 'A report named "Daily by variant" already exists. Replace it, or choose another name.',
      }),
    )
    expect((await handlers['customReports:save']({ ...again, replace: true })).name).toBe('DAILY by variant')
    const names = (await handlers['customReports:list']({})).map((r) => r.name)
    expect(names).toEqual(['DAILY by variant'])
    await handlers['customReports:delete']({ name: 'daily BY variant' })
    expect(await handlers['customReports:list']({})).toEqual([])
  })

  it('previews the first rows, says how many there are, and totals the measures over all of them', async () => {
    const { handlers } = handlersWith(() => null)
    const all = await handlers['customReports:preview']({ definition, limit: 2000 })
    const few = await handlers['customReports:preview']({ definition, limit: 3 })
    expect(few.columns).toEqual(['day', 'variant', 'sent', 'replied', 'replyRate'])
    expect(few.rows).toEqual(all.rows.slice(0, 3))
    expect(few.total).toBe(all.rows.length)
    expect(all.total).toBeGreaterThan(3)
    const sum = (i: number): number => all.rows.reduce((n, row) => n + Number(row[i]), 0)
    // Counts add up; the rate is the whole's (replied out of sent), not a sum of the rows' rates
    expect(few.totals).toEqual([sum(2), sum(3), sum(3) / sum(2)])
    expect(sum(2)).toBeGreaterThan(0)
  })

  it('exports where the user chose, adding the extension, under the report’s name by default', async () => {
    const { handlers, asked, saved } = handlersWith(() => path.join(dir, 'mine'))
    const result = await handlers['customReports:export']({ definition, format: 'csv' })
    expect(asked.requests[0]?.defaultPath).toBe(path.join(dir, 'exports', 'Daily-by-variant-2026-03-02.csv'))
    const file = path.join(dir, 'mine.csv')
    expect(result).toMatchObject({ status: 'saved', file })
    const [header] = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), ',')
    expect(header).toEqual(['day', 'variant', 'sent', 'replied', 'replyRate'])
    expect(saved.has(path.resolve(file))).toBe(true)

    const cancelled = handlersWith(() => null)
    const none = await cancelled.handlers['customReports:export']({ definition, format: 'xlsx' })
    expect(none).toEqual({ status: 'cancelled' })
  })

  it('prints the report’s page to a PDF in the app; the browser run is told to print from the page', async () => {
    const { handlers, asked } = handlersWith((request) => request.defaultPath.replace(/\.pdf$/, ''))
    const result = await handlers['customReports:pdf']({ definition, language: 'fr' })
    const file = path.join(dir, 'exports', 'Daily-by-variant-2026-03-02.pdf')
    expect(result).toMatchObject({ status: 'saved', file })
    expect(fs.readFileSync(file, 'latin1')).toMatch(/^%PDF/)
    const route = new URL(`http://x${asked.routes[0] ?? ''}`)
    expect(route.pathname).toBe('/reports/print')
    // The page prints in the language the window asked for
    expect(route.searchParams.get('lang')).toBe('fr')
    expect(JSON.parse(route.searchParams.get('definition') ?? '')).toMatchObject({ name: 'Daily by variant' })

    const browser = handlersWith(() => path.join(dir, 'never'), false)
    await expect(browser.handlers['customReports:pdf']({ definition })).rejects.toThrow(
      /printed by your browser/,
    )
    expect(browser.asked.requests).toEqual([])
  })
})
