import { FileSink } from './file-sink'
import type { Cell, ExportProgress, Report } from './report'

export const utf8Bom = '\uFEFF'

// OWASP CSV injection: a spreadsheet reads these first characters as the start of a formula.
const formulaStart = /^[=+\-@\t\r\n]/

/**
 * One cell as CSV text: formula-like text gets a leading apostrophe, and every text is quoted (RFC 4180).
 * Quoting all text, not only text with a comma, matters: Excel and LibreOffice in Spanish, Portuguese,
 * German or French split unquoted fields on ";", so "a;=1+1" would become a formula in its own cell.
 */
export function csvCell(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = formulaStart.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}

/** One record, ended with CRLF as RFC 4180 says. */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

/**
 * Streams the report to `file` as UTF-8 CSV with a BOM (so Excel reads accents, Arabic and emoji).
 * A report with several tables writes each under a one-cell title line, separated by an empty line.
 */
export async function writeCsv(
  report: Report,
  file: string,
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<number> {
  const sink = await FileSink.open(file)
  const totalRows = report.sections.reduce((n, s) => n + s.total, 0)
  const titled = report.sections.length > 1
  let rowsWritten = 0
  try {
    await sink.write(utf8Bom)
    for (const [i, section] of report.sections.entries()) {
      if (titled) await sink.write(`${i > 0 ? '\r\n' : ''}${csvLine([section.title])}`)
      await sink.write(csvLine(section.columns.map((c) => c.label)))
      for (const page of section.pages()) {
        await sink.write(page.map(csvLine).join(''))
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
