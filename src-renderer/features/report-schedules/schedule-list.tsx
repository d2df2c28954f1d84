import { useState } from 'react'
import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import type { ReportSchedule } from '../../../src-shared/domain/report-schedules'
import { useT } from '../../i18n/use-t'
import { formatDateTime } from '../../lib/format'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { InlineError } from '../../ui/load-states'
import { OutcomeChip, RunFailure, RunFile } from './run-history'
import { formatLabel, nextRunText, timingWords } from './schedule-words'
import { removeSchedule, runScheduleNow } from './use-schedules'

const space = ' '

type ScheduleItemProps = {
  schedule: ReportSchedule
  showReport: boolean
  onEdit: (schedule: ReportSchedule) => void
  onRemove: (schedule: ReportSchedule) => void
}

function LastRun({ schedule }: { schedule: ReportSchedule }): ReactElement {
  const t = useT()
  const run = schedule.lastRun
  if (!run) return <p className="schedule-item__last muted">{t('reports.schedules.notRunYet')}</p>
  return (
    <div className="schedule-item__last">
      <span className="muted">{t('reports.schedules.lastRun', { when: formatDateTime(run.startedAt) })}</span>
      {space}
      <OutcomeChip run={run} />
      {run.file ? <RunFile file={run.file} /> : null}
      <RunFailure run={run} />
    </div>
  )
}

function ScheduleItem({ schedule, showReport, onEdit, onRemove }: ScheduleItemProps): ReactElement {
  const t = useT()
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const runNow = async (): Promise<void> => {
    setRunning(true)
    setError(null)
    const result = await runScheduleNow(schedule.id)
    setRunning(false)
    if (!result.ok) setError(result.error.message)
  }
  const when = timingWords(t, schedule)
  return (
    <li
      className={`schedule-item${schedule.enabled ? '' : ' schedule-item--off'}`}
      aria-label={t('reports.schedules.itemLabel', { report: schedule.report, when })}
    >
      <div className="schedule-item__main">
        {showReport ? <p className="schedule-item__report">{schedule.report}</p> : null}
        <p className="schedule-item__when">{when}</p>
        <p className="schedule-item__where">
          <FormattedMessage
            id="reports.schedules.where"
            values={{
              format: formatLabel(t, schedule.format),
              folder: (
                <code className="path" dir="ltr">
                  {schedule.writesTo}
                </code>
              ),
            }}
          />
        </p>
        <LastRun schedule={schedule} />
        {error ? <InlineError>{error}</InlineError> : null}
      </div>
      <div className="schedule-item__side">
        <p className="schedule-item__next">{nextRunText(t, schedule)}</p>
        <div className="schedule-item__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => void runNow()}
            disabled={running}
          >
            {running ? t('reports.schedules.running') : t('reports.schedules.runNow')}
          </button>
          <button type="button" className="button button--small" onClick={() => onEdit(schedule)}>
            {t('reports.schedules.change')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onRemove(schedule)}
          >
            {t('reports.schedules.remove')}
          </button>
        </div>
      </div>
    </li>
  )
}

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase() + text.slice(1)

type ScheduleListProps = {
  schedules: ReportSchedule[]
  showReport?: boolean
  onEdit: (schedule: ReportSchedule) => void
}

/** Schedules, each with its next run, its last one, Run now, Change and Remove (asked first). */
export function ScheduleList({ schedules, showReport = false, onEdit }: ScheduleListProps): ReactElement {
  const t = useT()
  const [doomed, setDoomed] = useState<ReportSchedule | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const remove = async (): Promise<void> => {
    if (!doomed) return
    setBusy(true)
    const result = await removeSchedule(doomed.id)
    setBusy(false)
    setDoomed(null)
    setError(result.ok ? null : result.error.message)
  }
  return (
    <>
      <ul className="schedule-list" aria-label={t('reports.schedules.title')}>
        {schedules.map((schedule) => (
          <ScheduleItem
            key={schedule.id}
            schedule={schedule}
            showReport={showReport}
            onEdit={onEdit}
            onRemove={setDoomed}
          />
        ))}
      </ul>
      {error ? <InlineError>{t('reports.schedules.notRemoved', { reason: error })}</InlineError> : null}
      <ConfirmDialog
        open={doomed !== null}
        title={t('reports.schedules.removeTitle')}
        confirmLabel={t('reports.schedules.remove')}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDoomed(null)}
      >
        <p>
          {t('reports.schedules.removeBody', {
            report: doomed?.report ?? '',
            timing: doomed ? lowerFirst(timingWords(t, doomed)) : '',
          })}
        </p>
      </ConfirmDialog>
    </>
  )
}
