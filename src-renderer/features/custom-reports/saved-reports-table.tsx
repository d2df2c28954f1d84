import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { SavedReport } from '../../../src-shared/domain/custom-reports'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { queryClient, readQuery } from '../../lib/query'
import { DataTable, RowAction, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { DeleteDialog } from '../../ui/delete-dialog'
import { describeReport } from './describe'
import { DuplicateDialog } from './duplicate-dialog'

const columns = (t: Translate): Column[] => [
  t('reports.saved.report'),
  t('reports.saved.counts'),
  t('reports.saved.changed'),
  { label: t('reports.saved.actions'), hidden: true },
]

export const reportPath = (name: string): string => `/reports/saved/${encodeURIComponent(name)}`

const refreshList = (): void =>
  void queryClient.invalidateQueries({ queryKey: readQuery('customReports:list', {}).queryKey })

function ReportRow(props: {
  report: SavedReport
  onDuplicate: () => void
  onDelete: () => void
}): ReactElement {
  const t = useT()
  const { report } = props
  return (
    <tr>
      <td>
        <Link to={reportPath(report.name)} className="data-table__name">
          <bdi>{report.name}</bdi>
        </Link>
      </td>
      <td className="saved-reports__counts">{describeReport(t, report.definition)}</td>
      <td className="saved-reports__when">{formatDateTime(report.updatedAt, { withYear: true })}</td>
      <td className="data-table__actions">
        <Link
          to={reportPath(report.name)}
          className="button button--small"
          aria-label={t('reports.saved.openLabel', { name: report.name })}
        >
          {t('reports.saved.open')}
        </Link>
        <RowAction label={t('reports.saved.duplicate')} name={report.name} onClick={props.onDuplicate} />
        <RowAction label={t('reports.saved.delete')} name={report.name} onClick={props.onDelete} />
      </td>
    </tr>
  )
}

/** The saved reports by name: open, copy under a new name, or delete (after asking). */
export function SavedReportsTable({ reports }: { reports: SavedReport[] }): ReactElement {
  const t = useT()
  const [copying, setCopying] = useState<SavedReport | null>(null)
  const [deleting, setDeleting] = useState<SavedReport | null>(null)
  return (
    <TableCard title={t('reports.saved.title')}>
      <DataTable className="saved-reports" columns={columns(t)} label={t('reports.saved.title')}>
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
        title={t('reports.saved.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('reports.saved.deleteConfirm')}
        onDelete={(report) => api.invoke('customReports:delete', { name: report.name })}
        onClose={() => setDeleting(null)}
        onDeleted={refreshList}
      >
        <p>{t('reports.saved.deleteBody')}</p>
      </DeleteDialog>
    </TableCard>
  )
}
