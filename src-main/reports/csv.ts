import { FileSink } from './file-sink'
import { heading, shownAs } from './for-people'
import type { ShownCell } from './for-people'
import { wallText } from './local-time'
import type { LocalClock } from './local-time'
import type { Cell, Column, ExportProgress, Report } from './report'

export const utf8Bom = '\uFEFF'

// OWASP CSV injection: a spreadsheet reads these first characters as the start of a formula.
const formulaStart = /^[=+\-@\t\r\n]/
// A phone number as Herald stores it (E.164): to a spreadsheet at most a number, never a formula.
const e164 = /^\+\d{6,15}$/

/**
 * Text as a CSV field: formula-like text gets a leading apostrophe, and every text is quoted (RFC 4180).
 * Quoting all text, not only text with a comma, matters: Excel and LibreOffice in Spanish, Portuguese,
 * German or French split unquoted fields on ";", so "a;=1+1" would become a formula in its own cell.
 */
export function csvText(text: string): string {
  const safe = formulaStart.test(text) && !e164.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

/**
 * One cell as CSV: text quoted and guarded, numbers as they are, yes/no in words. A wall time is written
 * unquoted (it holds no separator and starts with a digit), so that a spreadsheet reads it as a date also
 * where it is told to keep quoted fields as text.
 */
export function csvCell(value: ShownCell | boolean): string {
  if (value === null) return ''
  if (typeof value === 'boolean') return csvText(value ? 'Yes' : 'No')
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'string') return csvText(value)
  return wallText(value.wallMs)
}

/** One record, ended with CRLF as RFC 4180 says. */
export function csvLine(cells: readonly (ShownCell | boolean)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

/** How one column's cells are written; a time goes straight to text, which a million-row export feels. */
function columnWriter(column: Column, clock: LocalClock): (value: Cell) => string {
  if (column.time) {
    return (value) => {
      const wallMs = typeof value === 'string' ? clock.wallMs(value) : null
      return wallMs === null ? csvCell(value) : wallText(wallMs)
    }
  }
  const shown = shownAs(column, clock)
  return (value) => csvCell(shown(value))
}

/**
 * Streams the report to `file` as UTF-8 CSV with a BOM (so Excel reads accents, Arabic and emoji), times in
 * `clock`'s zone. A report with several tables writes each under a one-cell title line, separated by an
 * empty line.
 */
export async function writeCsv(
  report: Report,
  file: string,
  clock: LocalClock,
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<number> {
  const sink = await FileSink.open(file)
  const totalRows = report.sections.reduce((n, s) => n + s.total, 0)
  const titled = report.sections.length > 1
  let rowsWritten = 0
  try {
    await sink.write(utf8Bom)
    for (const [i, section] of report.sections.entries()) {
      const writers = section.columns.map((column) => columnWriter(column, clock))
      const line = (row: Cell[]): string => `${row.map((cell, c) => writers[c]?.(cell) ?? '').join(',')}\r\n`
      if (titled) await sink.write(`${i > 0 ? '\r\n' : ''}${csvLine([section.title])}`)
      await sink.write(csvLine(section.columns.map((column) => heading(column, clock))))
      for (const page of section.pages()) {
        await sink.write(page.map(line).join(''))
        rowsWritten += page.length
        onProgress({ rowsWritten, totalRows })
      }
    }
    await sink.finish()
  } catch (error) {
    await sink.abandon()
    throw error
  }
  return rowsWritten
}
