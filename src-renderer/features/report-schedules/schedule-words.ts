import type {
  ReportSchedule,
  ReportScheduleRun,
  ScheduleTiming,
  Weekday,
} from '../../../src-shared/domain/report-schedules'
import type { ExportFormat } from '../../../src-shared/domain/reports'
import type { Say, Translate } from '../../i18n/use-t'
import { formatDateTime, formatWhen } from '../../lib/format'

/** "Excel workbook", "CSV", "JSON". */
export const formatLabel = (t: Translate, format: ExportFormat): string =>
  t(`reports.schedules.format.${format}`)

/** "Monday"… */
export const weekdayLabel = (t: Translate, day: Weekday): string => t(`reports.schedules.weekday.${day}`)

/** "Every Monday at 08:00", "On day 31 of each month at 08:00 (the last day in shorter months)". */
export function timingWords(t: Translate, timing: ScheduleTiming): string {
  const { time } = timing
  if (timing.frequency === 'weekly' && timing.weekday)
    return t('reports.schedules.timing.weekly', { day: weekdayLabel(t, timing.weekday), time })
  if (timing.frequency === 'monthly' && timing.monthDay !== null)
    return timing.monthDay > 28
      ? t('reports.schedules.timing.monthlyLast', { day: timing.monthDay, time })
      : t('reports.schedules.timing.monthly', { day: timing.monthDay, time })
  return t('reports.schedules.timing.daily', { time })
}

/** An outcome in a word, and the chip colour it takes. */
export function outcomeLabel(
  t: Translate,
  run: ReportScheduleRun,
): { label: string; tone: 'ok' | 'failed' | 'waiting' } {
  switch (run.outcome) {
    case 'ok':
      return {
        label: run.late ? t('reports.schedules.outcome.savedLate') : t('reports.schedules.outcome.saved'),
        tone: 'ok',
      }
    case 'failed':
      return { label: t('reports.schedules.outcome.failed'), tone: 'failed' }
    case 'running':
      return { label: t('reports.schedules.outcome.running'), tone: 'waiting' }
    case 'skipped':
      return { label: t('reports.schedules.outcome.missed'), tone: 'waiting' }
  }
}

/** What the run was, beside its outcome: by hand, late (and why), or the times a late run made up for. */
export function runNote(
  t: Translate,
  run: ReportScheduleRun,
  { timeZone }: { timeZone?: string } = {},
): string | null {
  if (run.outcome === 'skipped')
    return t('reports.schedules.note.missed', {
      count: run.skipped,
      due: formatDateTime(run.dueAt, { timeZone }),
    })
  if (run.manual) return t('reports.schedules.note.manual')
  if (run.late) return t('reports.schedules.note.late', { due: formatDateTime(run.dueAt, { timeZone }) })
  return null
}

/**
 * Why a run failed and what to do, in the window's language: the run's phrase, with the export's own
 * failure (its `detail`) worded too when it came as a phrase; null for a run that did not fail.
 */
export function runFailureWords(
  say: Say,
  run: Pick<ReportScheduleRun, 'message' | 'messagePhrase' | 'detailPhrase'>,
): string | null {
  if (run.message === null) return null
  const said = run.messagePhrase
  const detail = said?.params?.detail
  if (!said || typeof detail !== 'string' || !run.detailPhrase) return say(said, run.message)
  return say({ ...said, params: { ...said.params, detail: say(run.detailPhrase, detail) } }, run.message)
}

/** "Next: Tue 09:00", or why there is none. */
export function nextRunText(
  t: Translate,
  schedule: ReportSchedule,
  { now = Date.now(), timeZone }: { now?: number; timeZone?: string } = {},
): string {
  if (!schedule.enabled || schedule.nextRunAt === null) return t('reports.schedules.next.off')
  if (Date.parse(schedule.nextRunAt) <= now) return t('reports.schedules.next.due')
  return t('reports.schedules.next.at', { when: formatWhen(schedule.nextRunAt, { now, timeZone }) })
}

/** The last part of a path, whichever separator the computer uses. */
export function fileNameOf(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
}
