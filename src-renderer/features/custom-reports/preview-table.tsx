import type { ReactElement } from 'react'
import type { ReportPreview } from '../../../src-shared/domain/custom-reports'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { DataTable } from '../../ui/data-table'
import { columnKind, columnLabel, formatCell } from './cells'

type PreviewTableProps = {
  preview: ReportPreview
  /** How many rows to show; the rest are counted below the table. */
  shown: number
  label: string
}

/** "Showing the first 100 of 1,234 rows." or "3 rows." */
export function rowsWords(t: Translate, total: number, shown: number): string {
  if (total > shown) return t('reports.preview.rowsShown', { shown, total })
  return t('reports.preview.rows', { count: total })
}

/** Two sentences one after the other (the second may be left out). */
export const sentences = (first: string, second: string | null): string =>
  second ? `${first} ${second}` : first

/** The report's rows as a table, each value in words, and a row of totals when the rows are groups. */
export function PreviewTable({ preview, shown, label }: PreviewTableProps): ReactElement {
  const t = useT()
  const { columns, rows, totals } = preview
  const groups = columns.filter((c) => columnKind(c) === 'group').length
  const headings = columns.map((c) => ({ label: columnLabel(t, c), numeric: columnKind(c) !== 'group' }))
  return (
    <DataTable className="report-table" columns={headings} label={label}>
      {rows.slice(0, shown).map((row, r) => (
        <tr key={r}>
          {columns.map((column, c) => (
            <td key={column} className={c >= groups ? 'numeric' : undefined}>
              {formatCell(t, column, row[c] ?? null)}
            </td>
          ))}
        </tr>
      ))}
      {groups > 0 && rows.length > 0 ? (
        <tr className="report-table__totals">
          <th scope="row" colSpan={groups}>
            {t('reports.preview.total')}
          </th>
          {columns.slice(groups).map((column, m) => (
            <td key={column} className="numeric">
              {formatCell(t, column, totals[m] ?? null)}
            </td>
          ))}
        </tr>
      ) : null}
    </DataTable>
  )
}
