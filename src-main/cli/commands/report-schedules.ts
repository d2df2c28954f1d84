import path from 'node:path'
import type {
  ReportSchedule,
  ReportScheduleInput,
  Weekday,
} from '../../../src-shared/domain/report-schedules'
import { describeTiming, weekdays } from '../../../src-shared/domain/report-schedules'
import { exportFormats } from '../../../src-shared/domain/reports'
import type { AppContext } from '../../context'
import { AppError } from '../../errors'
import { machineTimeZone } from '../../reports/local-time'
import { localText } from '../../reports/schedule-times'
import { optionsOf } from '../command'
import type { CommandArgs } from '../command'
import { printList, UsageError } from '../io'
import type { CliIo } from '../io'
import { columns } from './lists'

export type ScheduleCtx = Pick<AppContext, 'reportSchedules'>

export const scheduleUsage = [
  'herald reports schedule NAME --daily HH:MM [--folder DIR] [--format csv|xlsx|json]',
  'herald reports schedule NAME --weekly mon HH:MM | --monthly 1 HH:MM  [--folder DIR] [--format …]',
  '    Runs the saved report NAME by itself while Herald is open (the app or herald host), into DIR',
  '    (the data folder’s exports when left out); a time missed while Herald was closed runs at its next',
  '    start, once. Times are this computer’s. Day 29–31 runs on the last day of a shorter month.',
  'herald reports schedule NAME --remove     remove the schedules of NAME',
  'herald reports schedules [--json]        show every schedule, its next run and its last one',
]

/** The options `schedule` adds to `herald reports`. */
export const scheduleOptions = optionsOf(['daily', 'weekly', 'monthly', 'folder'], ['remove'])

type Timing = Pick<ReportScheduleInput, 'frequency' | 'time' | 'weekday' | 'monthDay'>

const usage = (): string => scheduleUsage.join('\n')

/** `--weekly mon 09:00` (the time as the next word) or `--weekly "mon 09:00"`. */
function dayAndTime(value: string, next: string | undefined): { day: string; time: string; used: boolean } {
  const [day = '', inValue] = value.trim().split(/\s+/)
  if (inValue !== undefined) return { day, time: inValue, used: false }
  if (next === undefined) throw new UsageError(`Give the time after the day, e.g. ${day} 09:00.`, usage())
  return { day, time: next, used: true }
}

/** The timing the options ask for, and how many words after NAME it took. */
function timingOf(values: CommandArgs['values'], next: string | undefined): { timing: Timing; used: number } {
  const given = (['daily', 'weekly', 'monthly'] as const).filter((key) => typeof values[key] === 'string')
  if (given.length !== 1)
    throw new UsageError('Give one of --daily HH:MM, --weekly mon HH:MM or --monthly 1 HH:MM.', usage())
  const frequency = given[0]!
  const value = String(values[frequency])
  if (frequency === 'daily') return { timing: { frequency, time: value }, used: 0 }
  const { day, time, used } = dayAndTime(value, next)
  if (frequency === 'weekly') {
    const weekday = weekdays.find((name) => day.toLowerCase().startsWith(name))
    if (!weekday) throw new UsageError(`"${day}" is not a day of the week; write mon, tue … sun.`, usage())
    return { timing: { frequency, time, weekday: weekday satisfies Weekday }, used: used ? 1 : 0 }
  }
  const monthDay = Number(day)
  if (!Number.isInteger(monthDay) || monthDay < 1 || monthDay > 31)
    throw new UsageError(`"${day}" is not a day of the month; write 1 to 31.`, usage())
  return { timing: { frequency, time, monthDay }, used: used ? 1 : 0 }
}

const zone = machineTimeZone()
const local = (iso: string | null): string => (iso ? localText(zone, Date.parse(iso)) : '—')

function lastRunText(schedule: ReportSchedule): string {
  const run = schedule.lastRun
  if (!run) return 'not yet'
  if (run.outcome === 'failed') return `failed ${local(run.startedAt)}`
  if (run.outcome === 'running') return `running since ${local(run.startedAt)}`
  return `${run.late ? 'ran late' : 'ok'} ${local(run.startedAt)}`
}

/** A time missed while Herald was closed is not next: it runs as soon as Herald starts. */
function nextRunText(schedule: ReportSchedule): string {
  if (!schedule.enabled || schedule.nextRunAt === null) return 'switched off'
  if (Date.parse(schedule.nextRunAt) <= Date.now()) return 'when Herald starts (missed)'
  return local(schedule.nextRunAt)
}

function scheduleTable(schedules: ReportSchedule[]): string {
  return columns(
    ['Id', 'Report', 'When', 'Format', 'Folder', 'Next run', 'Last run'],
    schedules.map((s) => [
      String(s.id),
      s.report,
      describeTiming(s),
      s.format,
      s.writesTo,
      nextRunText(s),
      lastRunText(s),
    ]),
    [0],
  )
}

function remove(ctx: ScheduleCtx, name: string, json: boolean, io: CliIo): number {
  const { schedules } = ctx.reportSchedules.list(name)
  if (schedules.length === 0)
    throw new AppError('NOT_FOUND', `"${name}" has no schedule. See herald reports schedules.`)
  for (const schedule of schedules) ctx.reportSchedules.delete(schedule.id)
  io.out(
    json
      ? JSON.stringify({ report: name, removed: schedules.length })
      : `Removed ${schedules.length === 1 ? 'the schedule' : `${schedules.length} schedules`} of "${name}".`,
  )
  return 0
}

function add(
  ctx: ScheduleCtx,
  name: string,
  rest: string[],
  values: CommandArgs['values'],
): { schedule: ReportSchedule; added: boolean } {
  const { timing, used } = timingOf(values, rest[0])
  if (rest.length > used) throw new UsageError(`Unexpected "${rest[used]}".`, usage())
  const format = typeof values.format === 'string' ? values.format : 'csv'
  if (!(exportFormats as readonly string[]).includes(format))
    throw new UsageError('Give --format csv, xlsx or json.', usage())
  const folder =
    typeof values.folder === 'string' && values.folder !== '' ? path.resolve(values.folder) : null
  const input = { report: name, ...timing, format, folder }
  const same = ctx.reportSchedules
    .list(name)
    .schedules.find(
      (s) =>
        describeTiming(s) === describeTiming({ weekday: null, monthDay: null, ...timing }) &&
        s.format === format &&
        s.folder === folder,
    )
  return same ? { schedule: same, added: false } : { schedule: ctx.reportSchedules.save(input), added: true }
}

/** `herald reports schedule …` and `herald reports schedules`. */
export function scheduleAction(
  ctx: ScheduleCtx,
  action: 'schedule' | 'schedules',
  rest: string[],
  { values, json }: Pick<CommandArgs, 'values' | 'json'>,
  io: CliIo,
): number {
  if (action === 'schedules') {
    if (rest.length > 0) throw new UsageError(`Unexpected "${rest[0]}".`, usage())
    const { schedules } = ctx.reportSchedules.list()
    const none =
      'No scheduled reports yet. Add one with: herald reports schedule NAME --daily 09:00 --folder DIR'
    printList(io, json, schedules, none, scheduleTable)
    return 0
  }
  const [name, ...more] = rest
  if (!name) throw new UsageError('Which report? Give its name (see herald reports list).', usage())
  if (values.remove === true) {
    if (more.length > 0) throw new UsageError(`Unexpected "${more[0]}".`, usage())
    return remove(ctx, name, json, io)
  }
  const { schedule, added } = add(ctx, name, more, values)
  if (json) io.out(JSON.stringify(schedule))
  else {
    const already = added ? 'Scheduled' : 'Already scheduled'
    io.out(
      `${already} "${schedule.report}": ${describeTiming(schedule)}, as ${schedule.format.toUpperCase()}, into ` +
        `${schedule.writesTo}.\nNext run: ${local(schedule.nextRunAt)} (this computer's time), while Herald is ` +
        'open; a time missed while it is closed runs at its next start.',
    )
  }
  return 0
}
