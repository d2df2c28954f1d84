/** One spreadsheet cell: text, a number, yes/no, or empty. */
export type Cell = string | number | boolean | null

/**
 * `key` names the field in JSON; `label` heads the column in CSV and XLSX. JSON, for programs, keeps the
 * values as stored (codes, UTC times); CSV and XLSX, for people, show a `time` column (ISO text) in their
 * time zone and a column with `words` (a status, a problem; "true"/"false" for yes and no) in the words the
 * screens use, in the language chosen for the export.
 */
export type Column = {
  key: string
  label: string
  time?: boolean
  words?: Readonly<Partial<Record<string, string>>>
}

/** One table of a report: a sheet in XLSX, an array in JSON, a block of rows in CSV. */
export type Section = {
  key: string
  title: string
  columns: readonly Column[]
  /** How many rows `pages()` yields, for progress. */
  total: number
  /** The rows in pages, so that a long table is never in memory at once. */
  pages(): Iterable<Cell[][]>
}

import type { ReportKind } from '../../src-shared/domain/reports'

export { reportKinds, exportFormats } from '../../src-shared/domain/reports'
export type { ReportKind, ExportFormat } from '../../src-shared/domain/reports'

/** A report of the Reports screen, the Inbox's leads, or a saved custom report. */
export type Report = { kind: ReportKind | 'leads' | 'custom'; title: string; sections: Section[] }

/** Rows written so far out of all the rows of the export. */
export type ExportProgress = { rowsWritten: number; totalRows: number }

export const columns = (
  pairs: readonly (readonly [string, string] | readonly [string, string, Omit<Column, 'key' | 'label'>])[],
): Column[] => pairs.map(([key, label, more]) => ({ key, label, ...more }))

/** A section whose rows are already in memory (short tables: campaigns, categories, days). */
export function smallSection(key: string, title: string, cols: Column[], rows: Cell[][]): Section {
  return { key, title, columns: cols, total: rows.length, pages: () => [rows] }
}
