import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ReportSchedule } from '../../../src-shared/domain/report-schedules'
import { Screen } from '../../app/screen'
import { Card } from '../../ui/card'
import { EmptyState } from '../../ui/empty-state'
import { ReportsIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { RunHistory } from './run-history'
import { ScheduleForm } from './schedule-form'
import { ScheduleList } from './schedule-list'
import { useSchedules } from './use-schedules'
import './report-schedules.css'
import { useT } from '../../i18n/use-t'

type Editing = { schedule: ReportSchedule | null } | null

/** Every scheduled report, and the history of their runs. */
export function SchedulesScreen(): ReactElement {
  const t = useT()
  const read = useSchedules(null)
  const [editing, setEditing] = useState<Editing>(null)
  return (
    <Screen title={t('screens.schedules.title')} intro={t('screens.schedules.intro')}>
      <LoadState
        {...read}
        loading={t('reports.schedules.loading')}
        failed={t('reports.schedules.loadFailed')}
      >
        {(list) =>
          list.reports.length === 0 ? (
            <EmptyState
              icon={<ReportsIcon />}
              title={t('reports.list.emptyTitle')}
              next={{ to: '/reports', label: t('reports.schedules.goToReports') }}
            >
              <p>{t('reports.schedules.noReportsBody')}</p>
            </EmptyState>
          ) : (
            <>
              <Card
                title={t('reports.schedules.title')}
                className="report-schedules"
                actions={
                  <button
                    type="button"
                    className="button button--primary button--small"
                    onClick={() => setEditing({ schedule: null })}
                  >
                    {t('reports.schedules.add')}
                  </button>
                }
              >
                {list.schedules.length === 0 ? (
                  <p className="muted">{t('reports.schedules.noneAll')}</p>
                ) : (
                  <ScheduleList
                    schedules={list.schedules}
                    showReport
                    onEdit={(s) => setEditing({ schedule: s })}
                  />
                )}
              </Card>
              <Card title={t('reports.schedules.history')} className="report-schedules">
                <RunHistory showReport limit={100} />
              </Card>
              {editing ? (
                <ScheduleForm
                  key={editing.schedule?.id ?? 'new'}
                  open
                  report={editing.schedule?.report ?? list.reports[0] ?? ''}
                  reports={list.reports}
                  schedule={editing.schedule}
                  exportsFolder={list.exportsFolder}
                  onClose={() => setEditing(null)}
                />
              ) : null}
            </>
          )
        }
      </LoadState>
    </Screen>
  )
}
