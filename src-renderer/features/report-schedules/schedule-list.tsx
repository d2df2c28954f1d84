import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ReportSchedule } from '../../../src-shared/domain/report-schedules'
import { describeTiming } from '../../../src-shared/domain/report-schedules'
import { formatDateTime } from '../../lib/format'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { InlineError } from '../../ui/load-states'
import { OutcomeChip, RunFile } from './run-history'
import { formatLabels, nextRunText } from './schedule-words'
import { removeSchedule, runScheduleNow } from './use-schedules'

type ScheduleItemProps = {
  schedule: ReportSchedule
  showReport: boolean
  onEdit: (schedule: ReportSchedule) => void
  onRemove: (schedule: ReportSchedule) => void
}

function LastRun({ schedule }: { schedule: ReportSchedule }): ReactElement {
  const run = schedule.lastRun
  if (!run) return <p className="schedule-item__last muted">Not run yet.</p>
  return (
    <div className="schedule-item__last">
      <span className="muted">Last run {formatDateTime(run.startedAt)}</span> <OutcomeChip run={run} />
      {run.file ? <RunFile file={run.file} /> : null}
      {run.message ? <p className="run-history__message">{run.message}</p> : null}
    </div>
  )
}

function ScheduleItem({ schedule, showReport, onEdit, onRemove }: ScheduleItemProps): ReactElement {
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const runNow = async (): Promise<void> => {
    setRunning(true)
    setError(null)
    const result = await runScheduleNow(schedule.id)
    setRunning(false)
    if (!result.ok) setError(result.error.message)
  }
  const when = describeTiming(schedule)
  return (
    <li
      className={`schedule-item${schedule.enabled ? '' : ' schedule-item--off'}`}
      aria-label={`${schedule.report}: ${when}`}
    >
      <div className="schedule-item__main">
        {showReport ? <p className="schedule-item__report">{schedule.report}</p> : null}
        <p className="schedule-item__when">{when}</p>
        <p className="schedule-item__where">
          {formatLabels[schedule.format]} · into <code className="path">{schedule.writesTo}</code>
        </p>
        <LastRun schedule={schedule} />
        {error ? <InlineError>{error}</InlineError> : null}
      </div>
      <div className="schedule-item__side">
        <p className="schedule-item__next">{nextRunText(schedule)}</p>
        <div className="schedule-item__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => void runNow()}
            disabled={running}
          >
            {running ? 'Running…' : 'Run now'}
          </button>
          <button type="button" className="button button--small" onClick={() => onEdit(schedule)}>
            Change
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onRemove(schedule)}
          >
            Remove
          </button>
        </div>
      </div>
    </li>
  )
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

type ScheduleListProps = {
  schedules: ReportSchedule[]
  showReport?: boolean
  onEdit: (schedule: ReportSchedule) => void
}

/** Schedules, each with its next run, its last one, Run now, Change and Remove (asked first). */
export function ScheduleList({ schedules, showReport = false, onEdit }: ScheduleListProps): ReactElement {
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
      <ul className="schedule-list" aria-label="Schedules">
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
      {error ? <InlineError>The schedule was not removed: {error}</InlineError> : null}
      <ConfirmDialog
        open={doomed !== null}
        title="Remove this schedule?"
        confirmLabel="Remove"
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDoomed(null)}
      >
        <p>
          “{doomed?.report}” will no longer run {doomed ? lowerFirst(describeTiming(doomed)) : ''}. The files
          it already saved stay where they are.
        </p>
      </ConfirmDialog>
    </>
  )
}
