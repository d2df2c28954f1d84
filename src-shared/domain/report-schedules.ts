import { z } from 'zod'
import { phrase, PhraseSchema } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { exportFormats } from './reports'

/** How often a saved report runs by itself. */
export const scheduleFrequencies = ['daily', 'weekly', 'monthly'] as const
export type ScheduleFrequency = (typeof scheduleFrequencies)[number]

/** Monday first, as the CLI writes them (`--weekly mon 09:00`). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

export const weekdayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}

/**
 * What became of one run: `running` until the file is written; `skipped` stands for the times missed while
 * Herald was closed, which one late run made up for (run once, not once per missed time).
 */
export const scheduleRunOutcomes = ['running', 'ok', 'failed', 'skipped'] as const
export type ScheduleRunOutcome = (typeof scheduleRunOutcomes)[number]

/** Why a run failed, stored as data and worded by `runFailurePhrase`. */
export const scheduleRunCauses = [
  'folder_missing',
  'folder_unwritable',
  'disk_full',
  'report_missing',
  'report_failed',
  'interrupted',
] as const
export type ScheduleRunCause = (typeof scheduleRunCauses)[number]

const timeText = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Write the time as HH:MM on a 24-hour clock, e.g. 09:00.' })

/** When a schedule runs, in the computer's own time. */
export type ScheduleTiming = {
  frequency: ScheduleFrequency
  /** HH:MM, 24-hour. */
  time: string
  /** Weekly: the day of the week. */
  weekday: Weekday | null
  /** Monthly: the day of the month; a month without it runs on its last day. */
  monthDay: number | null
}

/** A schedule as the user sets it; `id` to change one. `folder` null: the data folder's exports. */
export const ReportScheduleInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    report: z.string().min(1).max(200),
    frequency: z.enum(scheduleFrequencies),
    time: timeText,
    weekday: z.enum(weekdays).nullable().default(null),
    monthDay: z.number().int().min(1).max(31).nullable().default(null),
    format: z.enum(exportFormats),
    folder: z.string().min(1).max(4096).nullable(),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((input, check) => {
    if (input.frequency === 'weekly' && input.weekday === null)
      check.addIssue({ code: 'custom', path: ['weekday'], message: 'Choose the day of the week it runs.' })
    if (input.frequency === 'monthly' && input.monthDay === null)
      check.addIssue({ code: 'custom', path: ['monthDay'], message: 'Choose the day of the month it runs.' })
  })
export type ReportScheduleInput = z.input<typeof ReportScheduleInputSchema>

export const ReportScheduleRunSchema = z.object({
  id: z.number().int(),
  scheduleId: z.number().int(),
  report: z.string(),
  /** The time it was due (for a skipped row: the first time missed). */
  dueAt: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(scheduleRunOutcomes),
  /** Started well after it was due: Herald was closed (or the computer asleep) at that time. */
  late: z.boolean(),
  /** "Run now", not the schedule. */
  manual: z.boolean(),
  /** A skipped row: how many times were missed. */
  skipped: z.number().int(),
  file: z.string().nullable(),
  rows: z.number().int().nullable(),
  cause: z.enum(scheduleRunCauses).nullable(),
  /** What went wrong and what to do, for a failed run (in English; the window words `messagePhrase`). */
  message: z.string().nullable(),
  messagePhrase: PhraseSchema.nullable().optional(),
  /** The export's own failure that `messagePhrase` quotes as its `detail`, as a phrase when it was one. */
  detailPhrase: PhraseSchema.nullable().optional(),
})
export type ReportScheduleRun = z.infer<typeof ReportScheduleRunSchema>

export const ReportScheduleSchema = z.object({
  id: z.number().int(),
  report: z.string(),
  frequency: z.enum(scheduleFrequencies),
  time: z.string(),
  weekday: z.enum(weekdays).nullable(),
  monthDay: z.number().int().nullable(),
  format: z.enum(exportFormats),
  /** The folder chosen; null for the data folder's exports. */
  folder: z.string().nullable(),
  /** Where its files go. */
  writesTo: z.string(),
  enabled: z.boolean(),
  createdAt: z.string(),
  /** The next time it runs; null when it is switched off. */
  nextRunAt: z.string().nullable(),
  lastRun: ReportScheduleRunSchema.nullable(),
})
export type ReportSchedule = z.infer<typeof ReportScheduleSchema>

export const ReportScheduleListSchema = z.object({
  schedules: z.array(ReportScheduleSchema),
  /** Where a schedule without a folder of its own writes (and every schedule made in the browser run). */
  exportsFolder: z.string(),
  /** The saved reports a schedule can be made for. */
  reports: z.array(z.string()),
})
export type ReportScheduleList = z.infer<typeof ReportScheduleListSchema>

/** "Every day at 09:00", "Every Monday at 09:00", "On day 31 of each month at 09:00 (…)". */
export function describeTiming(timing: ScheduleTiming): string {
  if (timing.frequency === 'weekly' && timing.weekday)
    return `Every ${weekdayNames[timing.weekday]} at ${timing.time}`
  if (timing.frequency === 'monthly' && timing.monthDay !== null) {
    const lastDay = timing.monthDay > 28 ? ' (the last day in shorter months)' : ''
    return `On day ${timing.monthDay} of each month at ${timing.time}${lastDay}`
  }
  return `Every day at ${timing.time}`
}

/**
 * A failed run as a phrase: what happened and what to do. `detail` is the export's own failure in English;
 * the window words it from the run's `detailPhrase` when it has one.
 */
export function runFailurePhrase(cause: ScheduleRunCause, detail: string | null, folder: string): Phrase {
  switch (cause) {
    case 'folder_missing':
      return phrase('reporting.scheduleRun.folderMissing', { folder })
    case 'folder_unwritable':
      return phrase('reporting.scheduleRun.folderUnwritable', { folder })
    case 'disk_full':
      return phrase('reporting.scheduleRun.diskFull', { folder })
    case 'report_missing':
      return phrase('reporting.scheduleRun.reportMissing')
    case 'interrupted':
      return phrase('reporting.scheduleRun.interrupted')
    case 'report_failed':
      // The detail is a sentence of its own between the two of the message: ended, if it came bare
      return detail
        ? phrase('reporting.scheduleRun.reportFailedDetail', {
            detail: /[.!?।]$/.test(detail) ? detail : `${detail}.`,
          })
        : phrase('reporting.scheduleRun.reportFailed')
  }
}
