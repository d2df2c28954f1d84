import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { SavedReport } from '../../../src-shared/domain/custom-reports'
import { api } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { queryClient, readQuery } from '../../lib/query'
import { DataTable, RowAction, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { DeleteDialog } from '../../ui/delete-dialog'
import { describeReport } from './describe'
import { DuplicateDialog } from './duplicate-dialog'

const columns: Column[] = ['Report', 'What it counts', 'Last changed', { label: 'Actions', hidden: true }]

export const reportPath = (name: string): string => `/reports/saved/${encodeURIComponent(name)}`

const refreshList = (): void =>
  void queryClient.invalidateQueries({ queryKey: readQuery('customReports:list', {}).queryKey })

function ReportRow(props: {
  report: SavedReport
  onDuplicate: () => void
  onDelete: () => void
}): ReactElement {
  const { report } = props
  return (
    <tr>
      <td>
        <Link to={reportPath(report.name)} className="data-table__name">
          {report.name}
        </Link>
      </td>
      <td className="saved-reports__counts">{describeReport(report.definition)}</td>
      <td className="saved-reports__when">{formatDateTime(report.updatedAt, { withYear: true })}</td>
      <td className="data-table__actions">
        <Link
          to={reportPath(report.name)}
          className="button button--small"
          aria-label={`Open ${report.name}`}
        >
          Open
        </Link>
        <RowAction label="Duplicate" name={report.name} onClick={props.onDuplicate} />
        <RowAction label="Delete" name={report.name} onClick={props.onDelete} />
      </td>
    </tr>
  )
}

/** The saved reports by name: open, copy under a new name, or delete (after asking). */
export function SavedReportsTable({ reports }: { reports: SavedReport[] }): ReactElement {
  const [copying, setCopying] = useState<SavedReport | null>(null)
  const [deleting, setDeleting] = useState<SavedReport | null>(null)
  return (
    <TableCard title="Saved reports">
      <DataTable className="saved-reports" columns={columns} label="Saved reports">
        {reports.map((report) => (
          <ReportRow
            key={report.name}
            report={report}
            onDuplicate={() => setCopying(report)}
            onDelete={() => setDeleting(report)}
          />
        ))}
      </DataTable>
      <DuplicateDialog report={copying} onClose={() => setCopying(null)} onCopied={refreshList} />
      <DeleteDialog
        item={deleting}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete report"
        onDelete={(report) => api.invoke('customReports:delete', { name: report.name })}
        onClose={() => setDeleting(null)}
        onDeleted={refreshList}
      >
        <p>
          The report’s choices go for good. The campaigns and messages it counts stay as they are, and the
          files it was exported to are kept.
        </p>
      </DeleteDialog>
    </TableCard>
  )
}
