import fs from 'node:fs'
import * as XLSX from '@e965/xlsx'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import { heading, shownAs } from './for-people'
import type { ShownCell } from './for-people'
import { spreadsheetSerial } from './local-time'
import type { LocalClock } from './local-time'
import type { ExportProgress, Report, Section } from './report'

/**
 * SheetJS builds the whole workbook in memory: 200,000 message-log rows took 18 s and 1.2 GB peak RSS
 * (measured), so an XLSX export is refused above this many rows. CSV and JSON stream and have no limit.
 */
export const xlsxRowLimit = 100_000

/** How a date and time shows in a cell: the same in every language, and sorted as written. */
export const xlsxDateFormat = 'yyyy-mm-dd hh:mm:ss'

const widthBounds = { min: 8, max: 60 }

const sheetName = (title: string, taken: Set<string>): string => {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Sheet'
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} ${n}`
  taken.add(name.toLowerCase())
  return name
}

type XlsxValue = string | number | XLSX.CellObject | null

// A cell breaks lines with LF; a CR would be stored as the escape _x000D_, which LibreOffice shows as is.
function xlsxCell(cell: ShownCell): XlsxValue {
  if (typeof cell === 'string') return cell.replace(/\r\n?/g, '\n')
  if (cell === null || typeof cell === 'number') return cell
  return { t: 'n', v: spreadsheetSerial(cell.wallMs), z: xlsxDateFormat }
}

/** Characters the widest line of the cell takes, roughly: what its column needs to show it whole. */
function cellWidth(cell: ShownCell): number {
  if (cell === null) return 0
  if (typeof cell === 'number') return String(cell).length
  if (typeof cell === 'string') return Math.max(...cell.split(/\r\n?|\n/).map((line) => [...line].length))
  return xlsxDateFormat.length
}

/**
 * One sheet for a table: the header, then the rows as people read them (times as real dates in the
 * clock's zone, statuses in words); columns as wide as their content, and filter buttons on the header.
 */
async function sheetOf(
  section: Section,
  clock: LocalClock,
  onPage: (rows: number) => void,
): Promise<XLSX.WorkSheet> {
  const shown = section.columns.map((column) => shownAs(column, clock))
  const header = section.columns.map((column) => heading(column, clock))
  const widths = header.map((label) => label.length)
  const rows: XlsxValue[][] = [header]
  for (const page of section.pages()) {
    for (const row of page) {
      rows.push(
        row.map((value, c) => {
          const cell = shown[c]?.(value) ?? null
          widths[c] = Math.max(widths[c] ?? 0, cellWidth(cell))
          return xlsxCell(cell)
        }),
      )
    }
    onPage(page.length)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  const sheet = XLSX.utils.aoa_to_sheet(rows)
  sheet['!cols'] = widths.map((w) => ({ wch: Math.min(widthBounds.max, Math.max(widthBounds.min, w + 2)) }))
  if (header.length > 0) {
    const range = { s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: header.length - 1 } }
    sheet['!autofilter'] = { ref: XLSX.utils.encode_range(range) }
  }
  return sheet
}

/**
 * One workbook with a sheet per table of every report. SheetJS Community Edition writes neither cell
 * styles (a bold or shaded header) nor frozen panes; the header row carries filter buttons instead.
 */
export async function writeXlsx(
  reports: readonly Report[],
  file: string,
  clock: LocalClock,
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<number> {
  const sections = reports.flatMap((r) => r.sections)
  const totalRows = sections.reduce((n, s) => n + s.total, 0)
  if (totalRows > xlsxRowLimit) {
    throw new AppError(
      'BAD_INPUT',
      phrase('exports.failure.xlsxTooBig', { rows: totalRows, limit: xlsxRowLimit }),
    )
  }
  const book = XLSX.utils.book_new()
  const taken = new Set<string>()
  let rowsWritten = 0
  for (const section of sections) {
    const sheet = await sheetOf(section, clock, (rows) => {
      rowsWritten += rows
      onProgress({ rowsWritten, totalRows })
    })
    XLSX.utils.book_append_sheet(book, sheet, sheetName(section.title, taken))
  }
  const data = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer
  const partial = `${file}.partial`
  await fs.promises.writeFile(partial, data)
  await fs.promises.rename(partial, file)
  return rowsWritten
}
