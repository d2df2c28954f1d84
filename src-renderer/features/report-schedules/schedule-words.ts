import type { ReportSchedule, ReportScheduleRun } from '../../../src-shared/domain/report-schedules'
import type { ExportFormat } from '../../../src-shared/domain/reports'
import { formatDateTime, formatWhen, plural } from '../../lib/format'

export const formatLabels: Record<ExportFormat, string> = {
  xlsx: 'Excel workbook',
  csv: 'CSV',
  json: 'JSON',
}

/** An outcome in a word, and the chip colour it takes. */
export function outcomeLabel(run: ReportScheduleRun): { label: string; tone: 'ok' | 'failed' | 'waiting' } {
  switch (run.outcome) {
    case 'ok':
      return { label: run.late ? 'Saved late' : 'Saved', tone: 'ok' }
    case 'failed':
      return { label: 'Failed', tone: 'failed' }
    case 'running':
      return { label: 'Writing…', tone: 'waiting' }
    case 'skipped':
      return { label: 'Missed', tone: 'waiting' }
  }
}

/** What the run was, beside its outcome: by hand, late (and why), or the times a late run made up for. */
export function runNote(run: ReportScheduleRun, { timeZone }: { timeZone?: string } = {}): string | null {
  if (run.outcome === 'skipped')
    return `${plural(run.skipped, 'time', 'times')} from ${formatDateTime(run.dueAt, { timeZone })} while Herald was closed; it ran once when Herald started.`
  if (run.manual) return 'Run now'
  if (run.late)
    return `Due ${formatDateTime(run.dueAt, { timeZone })}; Herald was closed then, so it ran at the next start.`
  return null
}

/** "Next: Tue 09:00", or why there is none. */
export function nextRunText(
  schedule: ReportSchedule,
  { now = Date.now(), timeZone }: { now?: number; timeZone?: string } = {},
): string {
  if (!schedule.enabled || schedule.nextRunAt === null) return 'Switched off'
  if (Date.parse(schedule.nextRunAt) <= now) return 'Due now'
  return `Next: ${formatWhen(schedule.nextRunAt, { now, timeZone })}`
}

/** The last part of a path, whichever separator the computer uses. */
export function fileNameOf(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
}
