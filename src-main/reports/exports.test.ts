import fs from 'node:fs'
import path from 'node:path'
import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { ReportsRepo } from '../db/repos/reports-repo'
import { AppError } from '../errors'
import { parseCsv } from '../import/csv'
import { inTimeZone, tempDataDir } from '../context.test-support'
import { csvCell } from './csv'
import { buildReport } from './definitions'
import { exportFileName, exportReports } from './exports'
import type { ExportRequest } from './exports'
import { heading, shownAs } from './for-people'
import type { ShownCell } from './for-people'
import { localClock, wallText } from './local-time'
import type { Report, Section } from './report'
import { reportKinds } from './report'
import { writeXlsx, xlsxRowLimit } from './xlsx'
import {
  awkwardNames,
  libreOfficeXml,
  needLibreOffice,
  readWithLibreOffice,
  seedSmallHistory,
} from './fixtures.test-support'

let dir: string
let remove: () => void
let db: Database
let repo: ReportsRepo
let ids: number[]

beforeEach(() => {
  ;({ dir, remove } = tempDataDir())
  db = openDatabase(path.join(dir, 'herald.db')).db
  ids = seedSmallHistory(db)
  repo = new ReportsRepo(db)
})
afterEach(() => {
  db.close()
  remove()
})

// Every test names the zone: CI runs the suite in any zone (Pacific/Kiritimati too) and at any hour.
const timeZone = 'Asia/Kolkata'
const clock = localClock(timeZone)
const exportTo = (request: Omit<ExportRequest, 'timeZone'>): ReturnType<typeof exportReports> =>
  exportReports(repo, { ...request, timeZone })

/** The section's rows as a person gets them: times in the zone, codes in words, Yes/No. */
const shownRows = (section: Section): ShownCell[][] => {
  const shown = section.columns.map((c) => shownAs(c, clock))
  return [...section.pages()].flat().map((row) => row.map((cell, i) => shown[i]?.(cell) ?? null))
}
const headings = (section: Section): string[] => section.columns.map((c) => heading(c, clock))
/** A cell as a spreadsheet shows it once saved as CSV. */
const onScreen = (cell: ShownCell): string =>
  cell === null ? '' : typeof cell === 'object' ? wallText(cell.wallMs) : String(cell).replace(/\r\n?/g, '\n')
const lines = (text: string): string => text.replace(/\r\n?/g, '\n')
const only = <T>(items: readonly T[]): T => {
  expect(items).toHaveLength(1)
  return items[0] as T
}

async function csvOf(
  kind: (typeof reportKinds)[number],
  campaignId?: number,
): Promise<{ file: string; table: string[][] }> {
  const file = path.join(dir, `${kind}.csv`)
  await exportTo({ reports: [kind], format: 'csv', file, campaignId })
  const bytes = fs.readFileSync(file)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return { file, table: parseCsv(bytes.subarray(3).toString('utf8'), ',') }
}

describe('CSV export', () => {
  it('writes the message log with every value back, names intact and formulas neutralised', async () => {
    const progress: [number, number][] = []
    const file = path.join(dir, 'log.csv')
    const result = await exportTo({
      reports: ['messages'],
      format: 'csv',
      file,
      onProgress: (p) => progress.push([p.rowsWritten, p.totalRows]),
    })
    expect(result).toEqual({ file, rows: awkwardNames.length + 3, campaign: null })
    expect(progress.at(-1)).toEqual([14, 14])
    const table = parseCsv(fs.readFileSync(file, 'utf8').slice(1), ',')
    const section = only(buildReport(repo, 'messages', {}).sections)
    expect(table[0]).toEqual(headings(section))
    expect(table.slice(1)).toEqual(
      shownRows(section).map((row) => row.map((c) => parseCsv(csvCell(c), ',')[0]?.[0] ?? '')),
    )
    const names = table.slice(1, awkwardNames.length + 1).map((row) => row[3])
    expect(names).toContain("'=1+1")
    expect(names).toContain("'-2")
    expect(names).toContain("'@SUM(A1:A2)")
    expect(names).toContain("'\tTabbed")
    expect(names).toContain("'\nLine")
    expect(names).toContain('Smith, John')
    expect(names).toContain('Ann "The Baker" Lee')
    expect(names).toContain('محل الورد')
    expect(names).toContain('Café 🌸👩‍👩‍👧')
    const first = Object.fromEntries((table[0] ?? []).map((label, i) => [label, table[1]?.[i]]))
    expect(first).toMatchObject({
      Campaign: 'Spring, "sale"\nYork',
      Phone: '+447911123400',
      'Sent from': 'My number',
      Status: 'Sent',
      'Sent (Asia/Kolkata)': '2026-03-02 15:30:00',
      'Delivered (Asia/Kolkata)': '',
    })
    expect(table[2]?.[table[0]?.indexOf('Delivered (Asia/Kolkata)') ?? -1]).toBe('2026-03-02 15:32:00')
    const failed = Object.fromEntries((table[0] ?? []).map((label, i) => [label, table[5]?.[i]]))
    expect(failed).toMatchObject({ Status: 'Failed', 'Error category': 'Not on WhatsApp' })
  })

  it('says which number sent each message, its name neutralised like any other cell', async () => {
    db.exec(`INSERT INTO accounts (id, name, phone, created_at)
      VALUES (2, '=Shop phone', '+447700900100', '2026-03-01T00:00:00.000Z');
      INSERT INTO accounts (id, name, created_at) VALUES (3, 'Unlinked', '2026-03-01T00:00:00.000Z');
      UPDATE messages SET account_id = 2 WHERE campaign_id = ${ids[1]};
      UPDATE messages SET account_id = 3 WHERE campaign_id = ${ids[0]} AND status = 'failed';
      UPDATE accounts SET removed_at = '2026-03-05T00:00:00.000Z' WHERE id = 2;`)
    const { table } = await csvOf('messages')
    const column = table[0]?.indexOf('Sent from') ?? -1
    expect(table[0]?.[column - 1]).toBe('Phone')
    const byName = (name: string): string | undefined => table.find((row) => row[3] === name)?.[column]
    expect(byName('Zoë')).toBe("'=Shop phone (+447700900100)")
    expect(byName('Smith, John')).toBe('My number')
    expect(byName('Café 🌸👩‍👩‍👧')).toBe('Unlinked')
    const failed = await csvOf('errors')
    const heading = failed.table.findIndex((row) => row.includes('What to do') && row.includes('Sent from'))
    const failedColumn = failed.table[heading]?.indexOf('Sent from') ?? -1
    const rows = failed.table.slice(heading + 1).map((row) => row[failedColumn])
    expect(rows).toEqual(['Unlinked', 'My number', 'Unlinked', "'=Shop phone (+447700900100)"])
  })

  it('summarises one campaign with its counts and rates', async () => {
    const { table } = await csvOf('summary', ids[1])
    expect(table[0]?.slice(0, 4)).toEqual(['Campaign ID', 'Campaign', 'Status', 'Dry run'])
    const row = Object.fromEntries((table[0] ?? []).map((label, i) => [label, table[1]?.[i]]))
    expect(row).toMatchObject({
      Campaign: 'عرض رمضان 🌙',
      Status: 'Paused',
      'Dry run': 'No',
      Messages: '3',
      'Started (Asia/Kolkata)': '2026-03-03 15:30:00',
      'Finished (Asia/Kolkata)': '',
    })
    // Counted as the screens count them: the read message was sent and delivered too
    expect(row).toMatchObject({
      Sent: '1',
      Delivered: '1',
      Read: '1',
      Failed: '1',
      Waiting: '1',
      'Success rate % (of messages attempted)': '50',
      // Of the messages sent, as on every screen and in the PDF.
      'Read rate % (of messages sent)': '100',
    })
    expect(table).toHaveLength(2)
  })

  it(
    'LibreOffice opens the CSV and reads the values that were written',
    { timeout: 120_000 },
    async (ctx) => {
      needLibreOffice(ctx)
      const { file, table } = await csvOf('messages')
      // Told to keep quoted fields as text (the import dialog's option), it reads every value as written
      const asText = [...readWithLibreOffice(file, dir, { quotedAsText: true }).values()][0]
      expect(asText?.map((row) => row.map(lines))).toEqual(table.map((row) => row.map(lines)))
      // By default it reads a phone number as a number: the reason the Export dialog recommends XLSX
      const read = [...readWithLibreOffice(file, dir).values()][0]
      const phone = table[0]?.indexOf('Phone') ?? -1
      const unplussed = table.map((row, r) =>
        row.map((cell, c) => lines(r > 0 && c === phone ? cell.replace(/^\+/, '') : cell)),
      )
      expect(read?.map((row) => row.map(lines))).toEqual(unplussed)
    },
  )
})

describe('XLSX export', () => {
  it(
    'puts every table of every report on its own sheet, which LibreOffice reads back',
    { timeout: 120_000 },
    async (ctx) => {
      needLibreOffice(ctx)
      const file = path.join(dir, 'all.xlsx')
      const result = await exportTo({ reports: reportKinds, format: 'xlsx', file })
      const sheets = readWithLibreOffice(file, dir)
      const reports = reportKinds.map((kind) => buildReport(repo, kind, {}))
      const sections = reports.flatMap((r) => r.sections)
      expect([...sheets.keys()].sort()).toEqual(sections.map((s) => s.title).sort())
      for (const section of sections) {
        const expected = [headings(section), ...shownRows(section).map((r) => r.map(onScreen))]
        expect(
          sheets.get(section.title)?.map((row) => row.map(lines)),
          section.title,
        ).toEqual(expected)
      }
      expect(result.rows).toBe(sections.reduce((n, s) => n + s.total, 0))
      const log = sheets.get('Messages') ?? []
      expect(log[1]?.[3]).toBe('=1+1')
      expect(log[1]?.[4]).toBe('+447911123400')
      expect(log[1]?.[5]).toBe('My number')
      expect(log[1]?.[7]).toBe('Sent')
      expect(log[1]?.[12]).toBe('2026-03-02 15:30:00')
      expect(sheets.get('Campaigns')?.[1]?.slice(2, 4)).toEqual(['Finished', 'Yes'])
    },
  )

  it(
    'holds real dates, columns as wide as their content and filter buttons on each header, in LibreOffice',
    { timeout: 120_000 },
    async (ctx) => {
      needLibreOffice(ctx)
      const file = path.join(dir, 'log.xlsx')
      await exportTo({ reports: ['messages'], format: 'xlsx', file })
      const xml = libreOfficeXml(file, dir)
      // A date LibreOffice can sort, filter and calculate with, on the wall clock of the zone asked for
      expect(xml).toMatch(/office:value-type="date" office:date-value="2026-03-02T15:30:00"/)
      expect(xml).toContain('table:display-filter-buttons="true"')
      const widths = new Set([...xml.matchAll(/style:column-width="([\d.]+)in"/g)].map((m) => Number(m[1])))
      expect(widths.size).toBeGreaterThan(3)
      expect(Math.max(...widths)).toBeGreaterThan(2 * Math.min(...widths))
    },
  )
})

describe('XLSX limit', () => {
  it('refuses more rows than it can hold in memory, and writes no file', async () => {
    const file = path.join(dir, 'big.xlsx')
    const big: Report = {
      kind: 'messages',
      title: 'Big',
      sections: [{ key: 'm', title: 'M', columns: [], total: xlsxRowLimit + 1, pages: () => [] }],
    }
    await expect(writeXlsx([big], file, clock)).rejects.toThrow(
      'This export has 100,001 rows; Excel files are limited to 100,000 here. Export it as CSV instead, or one campaign at a time.',
    )
    expect(fs.existsSync(file)).toBe(false)
  })
})

describe('JSON export', () => {
  it('writes one document with each table as an array of objects', async () => {
    const file = path.join(dir, 'all.json')
    await exportTo({
      reports: ['summary', 'errors'],
      format: 'json',
      file,
      campaignId: ids[0],
      now: () => new Date(0),
    })
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      generatedAt: string
      campaign: unknown
      summary: { campaigns: Record<string, unknown>[] }
      errors: { byCategory: Record<string, unknown>[]; failed: Record<string, unknown>[] }
    }
    expect(doc.generatedAt).toBe('1970-01-01T00:00:00.000Z')
    expect(doc.campaign).toEqual({ id: ids[0], name: 'Spring, "sale"\nYork' })
    expect(doc.summary.campaigns).toHaveLength(1)
    // For programs: the stored codes, UTC times and true/false, whatever the zone asked for
    expect(doc.summary.campaigns[0]).toMatchObject({
      name: 'Spring, "sale"\nYork',
      status: 'completed',
      createdAt: '2026-03-02T10:00:00.000Z',
      dryRun: true,
      total: 11,
      replied: 2,
    })
    expect(doc.errors.byCategory.map((r) => [r.category, r.count])).toEqual([
      ['not_on_whatsapp', 2],
      ['duplicate', 1],
    ])
    expect(doc.errors.failed.map((r) => r.name)).toEqual(['\rCarriage', '\nLine', 'Café 🌸👩‍👩‍👧'])
    expect(doc.errors.failed.every((r) => typeof r.recommendation === 'string')).toBe(true)
    expect(doc.errors.failed.map((r) => r.sentFrom)).toEqual(['My number', 'My number', 'My number'])
  })

  it('writes empty arrays when there is nothing to report', async () => {
    db.exec('DELETE FROM campaigns')
    const file = path.join(dir, 'empty.json')
    await exportReports(repo, { reports: ['messages'], format: 'json', file })
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ messages: { messages: [] } })
  })
})

describe('the time zone of an export', () => {
  it('is the computer’s when none is given, and an unknown one writes nothing', async () => {
    const file = path.join(dir, 'here.csv')
    await inTimeZone('Pacific/Kiritimati', () =>
      exportReports(repo, { reports: ['summary'], format: 'csv', file }),
    )
    const table = parseCsv(fs.readFileSync(file, 'utf8').slice(1), ',')
    expect(table[0]).toContain('Created (Pacific/Kiritimati)')
    expect(table[1]?.[table[0]?.indexOf('Created (Pacific/Kiritimati)') ?? -1]).toBe('2026-03-03 00:00:00')
    const other = path.join(dir, 'nowhere.csv')
    await expect(
      exportReports(repo, { reports: ['summary'], format: 'csv', file: other, timeZone: 'Mars/Olympus' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' })
    expect(fs.existsSync(other)).toBe(false)
  })
})

describe('exportReports refuses', () => {
  it('to overwrite a file without force, an unknown campaign, and several reports in one CSV', async () => {
    const file = path.join(dir, 'taken.csv')
    fs.writeFileSync(file, 'mine')
    await expect(exportReports(repo, { reports: ['summary'], format: 'csv', file })).rejects.toThrow(
      /already exists/,
    )
    expect(fs.readFileSync(file, 'utf8')).toBe('mine')
    await exportReports(repo, { reports: ['summary'], format: 'csv', file, force: true })
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^\uFEFF"Campaign ID"/)
    const other = path.join(dir, 'x.csv')
    await expect(
      exportReports(repo, { reports: ['summary'], format: 'csv', file: other, campaignId: 99 }),
    ).rejects.toThrow(AppError)
    await expect(
      exportReports(repo, { reports: ['summary', 'errors'], format: 'csv', file: other }),
    ).rejects.toThrow(/one report/)
    expect(fs.existsSync(other)).toBe(false)
  })
})

describe('exportFileName', () => {
  it('names the campaign, the report and the day, without characters file systems refuse', () => {
    const day = new Date(2026, 2, 5, 23, 30)
    expect(exportFileName('Spring sale', 'summary', 'csv', day)).toBe('Spring-sale-summary-2026-03-05.csv')
    expect(exportFileName(null, 'messages', 'xlsx', day)).toBe('all-campaigns-messages-2026-03-05.xlsx')
    expect(exportFileName('a/b:c*?"<>|\n', 'errors', 'json', day)).toBe('a-b-c-errors-2026-03-05.json')
    expect(exportFileName('...', 'all', 'xlsx', day)).toBe('all-campaigns-all-2026-03-05.xlsx')
    expect(exportFileName('عرض رمضان 🌙', 'analytics', 'csv', day)).toBe(
      'عرض-رمضان-🌙-analytics-2026-03-05.csv',
    )
  })
})
