import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ReportScheduleRun } from '../../../src-shared/domain/report-schedules'
import { api } from '../../lib/api'
import { canDownload, downloadSavedFile } from '../../lib/download'
import { useSay, useT } from '../../i18n/use-t'
import { formatDateTime } from '../../lib/format'
import { useStore } from '../../state/store'
import { InlineError } from '../../ui/load-states'
import { fileNameOf, outcomeLabel, runFailureWords, runNote } from './schedule-words'
import { useRuns } from './use-schedules'

/** A run's outcome in a coloured word. */
export function OutcomeChip({ run }: { run: ReportScheduleRun }): ReactElement {
  const t = useT()
  const { label, tone } = outcomeLabel(t, run)
  return <span className={`chip chip--run-${tone}`}>{label}</span>
}

/** The file a run wrote: its name, "Show in folder", and Download in the browser run. */
export function RunFile({ file }: { file: string }): ReactElement {
  const t = useT()
  const browser = useStore((state) => state.appInfo?.runtime) === 'browser' && canDownload
  const [note, setNote] = useState('')
  const show = async (): Promise<void> => {
    setNote('')
    const result = await api.invoke('reports:show-in-folder', { file })
    if (!result.ok) setNote(result.error.message)
    else if (!result.value.shown)
      setNote(browser ? t('reports.schedules.file.noManagerBrowser') : t('reports.schedules.file.noManager'))
  }
  const download = async (): Promise<void> => {
    setNote('')
    await downloadSavedFile(file).catch((error: unknown) =>
      setNote(error instanceof Error ? error.message : String(error)),
    )
  }
  return (
    <div className="run-file">
      <code className="path run-file__name" title={file} dir="ltr">
        {fileNameOf(file)}
      </code>
      <span className="run-file__actions">
        {browser ? (
          <button type="button" className="button button--small" onClick={() => void download()}>
            {t('reports.schedules.file.download')}
          </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" onClick={() => void show()}>
          {t('reports.schedules.file.show')}
        </button>
      </span>
      {note ? <span className="run-file__note">{note}</span> : null}
    </div>
  )
}

/** What a run left: its file, why it failed, or what it stood for. */
/** Why a run failed and what to do, in the window's language. */
export function RunFailure({ run }: { run: ReportScheduleRun }): ReactElement | null {
  const say = useSay()
  const words = runFailureWords(say, run)
  return words ? <p className="run-history__message">{words}</p> : null
}

function RunDetail({ run }: { run: ReportScheduleRun }): ReactElement {
  const t = useT()
  const note = runNote(t, run)
  return (
    <>
      {run.file ? <RunFile file={run.file} /> : null}
      <RunFailure run={run} />
      {note || run.rows !== null ? (
        <p className="run-history__note">
          {run.rows !== null && note
            ? t('reports.schedules.rowsAndNote', { rows: run.rows, note })
            : run.rows !== null
              ? t('reports.schedules.rows', { rows: run.rows })
              : note}
        </p>
      ) : null}
    </>
  )
}

type RunHistoryProps = {
  /** One report's runs; all when left out. */
  report?: string
  limit?: number
  /** The report's name in each row (the page of every schedule). */
  showReport?: boolean
}

/** The last runs, latest first: when, outcome, and the file or what went wrong. */
export function RunHistory({ report, limit = 20, showReport = false }: RunHistoryProps): ReactElement {
  const t = useT()
  const runs = useRuns(report === undefined ? { limit } : { report, limit })
  if (runs.error) return <InlineError onRetry={runs.refetch}>{runs.error.message}</InlineError>
  if (!runs.data) return <p className="muted">{t('reports.schedules.historyLoading')}</p>
  if (runs.data.length === 0) return <p className="muted">{t('reports.schedules.historyEmpty')}</p>
  return (
    <table className="run-history">
      <thead>
        <tr>
          <th scope="col">{t('reports.schedules.column.when')}</th>
          {showReport ? <th scope="col">{t('reports.schedules.column.report')}</th> : null}
          <th scope="col">{t('reports.schedules.column.outcome')}</th>
          <th scope="col">{t('reports.schedules.column.file')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.data.map((run) => (
          <tr key={run.id}>
            <td className="run-history__when">{formatDateTime(run.startedAt)}</td>
            {showReport ? <td>{run.report}</td> : null}
            <td>
              <OutcomeChip run={run} />
            </td>
            <td>
              <RunDetail run={run} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
