import type { ReactElement } from 'react'
import type { ReportPreview } from '../../../src-shared/domain/custom-reports'
import { formatCount } from '../../lib/format'
import { DataTable } from '../../ui/data-table'
import { columnKind, columnLabel, formatCell } from './cells'

type PreviewTableProps = {
  preview: ReportPreview
  /** How many rows to show; the rest are counted below the table. */
  shown: number
  label: string
}

/** "Showing the first 100 of 1,234 rows." or "3 rows." */
export function rowsWords(total: number, shown: number): string {
  if (total > shown) return `Showing the first ${formatCount(shown)} of ${formatCount(total)} rows.`
  return total === 1 ? '1 row.' : `${formatCount(total)} rows.`
}

/** The report's rows as a table, each value in words, and a row of totals when the rows are groups. */
export function PreviewTable({ preview, shown, label }: PreviewTableProps): ReactElement {
  const { columns, rows, totals } = preview
  const groups = columns.filter((c) => columnKind(c) === 'group').length
  const headings = columns.map((c) => ({ label: columnLabel(c), numeric: columnKind(c) !== 'group' }))
  return (
    <DataTable className="report-table" columns={headings} label={label}>
      {rows.slice(0, shown).map((row, r) => (
        <tr key={r}>
          {columns.map((column, c) => (
            <td key={column} className={c >= groups ? 'numeric' : undefined}>
              {formatCell(column, row[c] ?? null)}
            </td>
          ))}
        </tr>
      ))}
      {groups > 0 && rows.length > 0 ? (
        <tr className="report-table__totals">
          <th scope="row" colSpan={groups}>
            Total
          </th>
          {columns.slice(groups).map((column, m) => (
            <td key={column} className="numeric">
              {formatCell(column, totals[m] ?? null)}
            </td>
          ))}
        </tr>
      ) : null}
    </DataTable>
  )
}
