import fs from 'node:fs'
import * as XLSX from '@e965/xlsx'
import { AppError } from '../errors'
import type { Cell, ExportProgress, Report } from './report'

/**
 * SheetJS builds the whole workbook in memory: 200,000 message-log rows took 18 s and 1.2 GB peak RSS
 * (measured), so an XLSX export is refused above this many rows. CSV and JSON stream and have no limit.
 */
export const xlsxRowLimit = 100_000

const sheetName = (title: string, taken: Set<string>): string => {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Sheet'
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} ${n}`
  taken.add(name.toLowerCase())
  return name
}

// A cell breaks lines with LF; a CR would be stored as the escape _x000D_, which LibreOffice shows as is.
const lineBreaks = (cell: Cell): Cell => (typeof cell === 'string' ? cell.replace(/\r\n?/g, '\n') : cell)

/** One workbook with a sheet per table of every report; numbers stay numbers, text stays text. */
export async function writeXlsx(
  reports: readonly Report[],
  file: string,
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<number> {
  const sections = reports.flatMap((r) => r.sections)
  const totalRows = sections.reduce((n, s) => n + s.total, 0)
  if (totalRows > xlsxRowLimit) {
    throw new AppError(
      'BAD_INPUT',
      `This export has ${totalRows.toLocaleString('en')} rows; Excel files are limited to ${xlsxRowLimit.toLocaleString('en')} here. Export it as CSV instead, or one campaign at a time.`,
    )
  }
  const book = XLSX.utils.book_new()
  const taken = new Set<string>()
  let rowsWritten = 0
  for (const section of sections) {
    const rows: Cell[][] = [section.columns.map((c) => c.label)]
    for (const page of section.pages()) {
      for (const row of page) rows.push(row.map(lineBreaks))
      rowsWritten += page.length
      onProgress({ rowsWritten, totalRows })
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheetName(section.title, taken))
  }
  const data = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer
  const partial = `${file}.partial`
  await fs.promises.writeFile(partial, data)
  await fs.promises.rename(partial, file)
  return rowsWritten
}
