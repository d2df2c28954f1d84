import { z } from 'zod'
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

/** Why a run failed, stored as data and worded by `runFailureText`. */
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
  /** What went wrong and what to do, for a failed run. */
  message: z.string().nullable(),
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

/** A failed run in words: what happened and what to do. */
export function runFailureText(cause: ScheduleRunCause, detail: string | null, folder: string): string {
  switch (cause) {
    case 'folder_missing':
      return `The folder ${folder} no longer exists. Create it again, or edit the schedule and choose another folder.`
    case 'folder_unwritable':
      return `Herald is not allowed to save in ${folder}. Edit the schedule and choose a folder you can write to.`
    case 'disk_full':
      return `The disk of ${folder} is full. Free some space or choose a folder on another disk.`
    case 'report_missing':
      return 'The saved report of this schedule no longer exists. Remove the schedule.'
    case 'interrupted':
      return 'Herald stopped before the report was written. It runs again at its next time, or press Run now.'
    case 'report_failed':
      return `The report could not be made${detail ? `: ${detail}` : ''}. Open the report, check it runs, then press Run now.`
  }
}
