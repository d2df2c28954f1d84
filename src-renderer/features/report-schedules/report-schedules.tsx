import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { ReportSchedule } from '../../../src-shared/domain/report-schedules'
import { useT } from '../../i18n/use-t'
import { Card } from '../../ui/card'
import { InlineError } from '../../ui/load-states'
import { RunHistory } from './run-history'
import { ScheduleForm } from './schedule-form'
import { ScheduleList } from './schedule-list'
import { useSchedules } from './use-schedules'
import './report-schedules.css'

/** Which form is open: a new schedule, or the one being changed. */
type Editing = { schedule: ReportSchedule | null } | null

/** The schedules of one saved report: add, change, remove, run now, and its last runs. */
export function ReportSchedules({ reportName }: { reportName: string }): ReactElement {
  const t = useT()
  const read = useSchedules(reportName)
  const [editing, setEditing] = useState<Editing>(null)
  const schedules = read.data?.schedules ?? []
  const add = (
    <button type="button" className="button button--small" onClick={() => setEditing({ schedule: null })}>
      {t('reports.schedules.add')}
    </button>
  )
  return (
    <Card title={t('reports.schedules.title')} className="report-schedules" actions={add}>
      <p className="report-schedules__intro">{t('reports.schedules.intro')}</p>
      {read.error ? <InlineError onRetry={read.refetch}>{read.error.message}</InlineError> : null}
      {read.data && schedules.length === 0 ? <p className="muted">{t('reports.schedules.noneOne')}</p> : null}
      {schedules.length > 0 ? (
        <ScheduleList schedules={schedules} onEdit={(s) => setEditing({ schedule: s })} />
      ) : null}
      {schedules.length > 0 ? (
        <>
          <h3 className="report-schedules__subtitle">{t('reports.schedules.lastRuns')}</h3>
          <RunHistory report={reportName} limit={5} />
        </>
      ) : null}
      <p className="report-schedules__all">
        <Link to="/reports/schedules">{t('reports.schedules.seeAll')}</Link>
      </p>
      {editing && read.data ? (
        <ScheduleForm
          key={editing.schedule?.id ?? 'new'}
          open
          report={reportName}
          schedule={editing.schedule}
          exportsFolder={read.data.exportsFolder}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  )
}
