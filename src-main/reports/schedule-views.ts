import type { ReportSchedule, ReportScheduleRun } from '../../src-shared/domain/report-schedules'
import { runFailurePhrase } from '../../src-shared/domain/report-schedules'
import { english } from '../../src-shared/i18n/wording'
import type { RunRow, ScheduleRow } from '../db/repos/report-schedules-repo'
import { storedPhrase } from '../db/repos/stored-phrase'

/** A run started this long after it was due says so ("ran late"). */
const lateAfterMs = 60_000

/**
 * A run as the screens and the command line see it: a failure in English words and as a phrase for the
 * window, and whether it ran late.
 */
export function runView(row: RunRow, exportsFolder: string): ReportScheduleRun {
  const manual = row.manual === 1
  const said = row.cause ? runFailurePhrase(row.cause, row.detail, row.folder ?? exportsFolder) : null
  return {
    id: row.id,
    scheduleId: row.scheduleId,
    report: row.report,
    dueAt: row.dueAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    outcome: row.outcome,
    late:
      !manual && row.outcome !== 'skipped' && Date.parse(row.startedAt) - Date.parse(row.dueAt) > lateAfterMs,
    manual,
    skipped: row.skipped,
    file: row.file,
    rows: row.rows,
    cause: row.cause,
    message: said && english(said),
    messagePhrase: said,
    detailPhrase: storedPhrase(row.detailPhrase),
  }
}

/** A schedule as the screens and the command line see it, with where its files go. */
export function scheduleView(
  row: ScheduleRow,
  more: { exportsFolder: string; nextRunAt: string | null; lastRun: ReportScheduleRun | null },
): ReportSchedule {
  return {
    id: row.id,
    report: row.report,
    frequency: row.frequency,
    time: row.time,
    weekday: row.weekday,
    monthDay: row.monthDay,
    format: row.format,
    folder: row.folder,
    writesTo: row.folder ?? more.exportsFolder,
    enabled: row.enabled === 1,
    createdAt: row.createdAt,
    nextRunAt: more.nextRunAt,
    lastRun: more.lastRun,
  }
}
