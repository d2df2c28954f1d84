import fs from 'node:fs'
import type { Database } from 'better-sqlite3'
import type {
  ReportSchedule,
  ReportScheduleList,
  ReportScheduleRun,
  ScheduleTiming,
} from '../../src-shared/domain/report-schedules'
import { ReportScheduleInputSchema } from '../../src-shared/domain/report-schedules'
import type { Locale } from '../../src-shared/i18n/locales'
import type { Clock } from '../clock'
import { ReportSchedulesRepo } from '../db/repos/report-schedules-repo'
import type { RunRow, ScheduleFields, ScheduleRow } from '../db/repos/report-schedules-repo'
import { phraseText } from '../db/repos/stored-phrase'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'
import type { Logger } from '../logging/logger'
import type { CustomReportsService } from './custom-reports'
import { describeIssues } from './custom-reports'
import { machineTimeZone } from './local-time'
import { causeOf, folderProblem, freeFile } from './schedule-files'
import type { RunFailure } from './schedule-files'
import { runView, scheduleView } from './schedule-views'
import { duesBetween, fileStamp, nextDue } from './schedule-times'

export type ReportSchedulerDeps = {
  db: Database
  reports: Pick<CustomReportsService, 'export' | 'list'>
  events: Pick<EventHub, 'emit'>
  record: RecordEvent
  log: Pick<Logger, 'warn' | 'error'>
  clock: Clock
  /** The computer's time zone, read at each use (it can change while Herald runs); tests pass their own. */
  timeZone?: () => string
  /** Where a schedule without a folder writes: the data folder's exports. */
  exportsFolder: string
  /**
   * The language of the files' headings and words, read at each run: Settings' (ctx.language), so that a
   * Spanish shop's Monday report is in Spanish. English when left out.
   */
  language?: () => Locale
  /** The longest wait between two looks at the schedules, for those another process adds: a minute. */
  checkEveryMs?: number
}

/** A run still `running` after this long was left by a process that stopped. */
const staleRunMs = 10 * 60_000

const iso = (ms: number): string => new Date(ms).toISOString()
const timingOf = (row: ScheduleRow): ScheduleTiming => row
/** A scheduled time is due only after the schedule was set, and after the last one claimed. */
const sinceOf = (row: ScheduleRow): number =>
  Math.max(Date.parse(row.armedAt), row.lastDue ? Date.parse(row.lastDue) : -Infinity)

/**
 * Saved reports that run by themselves, daily, weekly or monthly at a time of the computer's clock, into a
 * folder. SQLite holds every schedule and run; the timer is only a cache of the next due time. A time
 * missed while Herald was closed runs once at the next start, late; each run is claimed in the database
 * before its file is written, so no two processes run it.
 */
export class ReportScheduler {
  private readonly repo: ReportSchedulesRepo
  private readonly zone: () => string
  private loop: Promise<void> | null = null
  private wake: AbortController | null = null
  private stopped = false
  private readonly inFlight = new Set<Promise<unknown>>()

  constructor(private readonly deps: ReportSchedulerDeps) {
    this.repo = new ReportSchedulesRepo(deps.db)
    this.zone = deps.timeZone ?? machineTimeZone
  }

  /** Every schedule (or those of one report), with where its files go, its next run and its last one. */
  list(report: string | null = null): ReportScheduleList {
    return {
      schedules: this.repo.list(report).map((row) => this.view(row)),
      exportsFolder: this.deps.exportsFolder,
      reports: this.deps.reports.list().map((saved) => saved.name),
    }
  }

  get(id: number): ReportSchedule {
    return this.view(this.row(id))
  }

  /** Adds a schedule, or changes the one `id` names; a new time or switching it on counts from now. */
  save(input: unknown): ReportSchedule {
    const parsed = ReportScheduleInputSchema.safeParse(input)
    if (!parsed.success)
      throw new AppError(
        'BAD_INPUT',
        phrase('reporting.schedule.invalid', { issues: describeIssues(parsed.error) }),
      )
    const { id, report, enabled, ...timing } = parsed.data
    const reportId = this.repo.reportId(report)
    if (reportId === undefined)
      throw new AppError('NOT_FOUND', phrase('reporting.schedule.reportMissing', { name: report }))
    if (timing.folder !== null) this.assertFolder(timing.folder)
    const now = iso(this.deps.clock.now())
    const fields: ScheduleFields = {
      reportId,
      frequency: timing.frequency,
      time: timing.time,
      weekday: timing.frequency === 'weekly' ? timing.weekday : null,
      monthDay: timing.frequency === 'monthly' ? timing.monthDay : null,
      format: timing.format,
      folder: timing.folder,
      enabled: enabled ? 1 : 0,
      armedAt: now,
    }
    let scheduleId: number
    if (id === undefined) scheduleId = this.repo.insert({ ...fields, createdAt: now })
    else {
      const before = this.row(id)
      const sameTiming =
        before.frequency === fields.frequency &&
        before.time === fields.time &&
        before.weekday === fields.weekday &&
        before.monthDay === fields.monthDay &&
        (before.enabled === 1 || fields.enabled === 0)
      this.repo.update(id, sameTiming ? { ...fields, armedAt: before.armedAt } : fields)
      scheduleId = id
    }
    const saved = this.get(scheduleId)
    this.deps.record(
      'report_scheduled',
      `Scheduled the report ${saved.report}: ${saved.frequency} at ${saved.time}`,
      {
        scheduleId,
      },
    )
    this.poke()
    return saved
  }

  delete(id: number): void {
    const row = this.row(id)
    this.repo.delete(id)
    this.deps.record('report_unscheduled', `Removed a schedule of the report ${row.report}`, {
      scheduleId: id,
    })
    this.poke()
  }

  /** The run history, latest first: of one schedule, of one report's schedules, or of all. */
  runs(query: { scheduleId?: number; report?: string; limit?: number } = {}): ReportScheduleRun[] {
    return this.repo
      .runs({ scheduleId: query.scheduleId ?? null, report: query.report ?? null, limit: query.limit ?? 50 })
      .map((row) => this.runView(row))
  }

  /** "Run now": the report written at once, whatever the schedule's times; its next time stays as it was. */
  async runNow(id: number): Promise<ReportScheduleRun> {
    const row = this.row(id)
    const now = this.deps.clock.now()
    let runId: number | null = null
    // Two presses within one millisecond would share a due time: the second takes the next one
    for (let at = now; runId === null && at < now + 10; at += 1)
      runId = this.repo.claim({
        scheduleId: id,
        dueAt: iso(at),
        startedAt: iso(now),
        manual: true,
        missed: null,
      })
    if (runId === null) throw new AppError('NOT_FOUND', phrase('reporting.schedule.gone'))
    return this.track(this.execute(row, runId))
  }

  /**
   * Runs what is due now: each schedule whose time came (once, however many times it missed) and that no
   * other process claimed. Returns how many runs it started.
   */
  async tick(): Promise<number> {
    let started = 0
    for (const row of this.repo.list()) {
      if (this.stopped) break
      if (row.enabled !== 1) continue
      try {
        if (await this.runIfDue(row)) started += 1
      } catch (error) {
        this.deps.log.error(`The schedule ${row.id} of the report ${row.report} could not run`, error)
      }
    }
    return started
  }

  /** Starts the timer (the app and the browser run): what was missed runs at once, then each at its time. */
  start(): void {
    if (this.loop || this.stopped) return
    const now = this.deps.clock.now()
    const settled = this.repo.settleInterrupted(iso(now - staleRunMs), iso(now))
    if (settled > 0) this.deps.log.warn(`${settled} scheduled report run(s) were interrupted by a stop`)
    this.loop = this.runLoop()
  }

  /** Whether a report is being written now: closing then waits for it (`close`). */
  isWriting(): boolean {
    return this.inFlight.size > 0
  }

  /** Stops the timer and waits for a report being written. */
  async close(): Promise<void> {
    this.stopped = true
    this.wake?.abort()
    await this.loop
    await Promise.all([...this.inFlight])
  }

  private async runLoop(): Promise<void> {
    while (!this.stopped) {
      await this.tick()
      if (this.stopped) return
      const wake = new AbortController()
      this.wake = wake
      await this.deps.clock.sleep(this.waitMs(), wake.signal)
    }
  }

  /** Until the next due time, checking at least every minute for schedules another process made. */
  private waitMs(): number {
    const now = this.deps.clock.now()
    let wait = this.deps.checkEveryMs ?? 60_000
    for (const row of this.repo.list()) {
      if (row.enabled !== 1) continue
      wait = Math.min(wait, nextDue(timingOf(row), sinceOf(row), this.zone()) - now)
    }
    return Math.max(0, wait)
  }

  /** A schedule changed: the timer looks again at once. */
  private poke(): void {
    this.wake?.abort()
  }

  private async runIfDue(row: ScheduleRow): Promise<boolean> {
    const now = this.deps.clock.now()
    const dues = duesBetween(timingOf(row), sinceOf(row), now, this.zone())
    if (dues.last === null || dues.first === null) return false
    const missed = dues.count > 1 ? { firstDueAt: iso(dues.first), count: dues.count - 1 } : null
    const runId = this.repo.claim({
      scheduleId: row.id,
      dueAt: iso(dues.last),
      startedAt: iso(now),
      manual: false,
      missed,
    })
    // Another process claimed it (or a later time): it is theirs to write
    if (runId === null) return false
    await this.track(this.execute(row, runId))
    return true
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work)
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined)
    return work
  }

  /** Writes the report of a claimed run, records how it went and tells the windows (and the alerts). */
  private async execute(row: ScheduleRow, runId: number): Promise<ReportScheduleRun> {
    const folder = row.folder ?? this.deps.exportsFolder
    let file: string | null = null
    let rows: number | null = null
    let failure: RunFailure | null = null
    try {
      if (row.folder === null) await fs.promises.mkdir(folder, { recursive: true })
      const problem = await folderProblem(folder)
      if (problem) failure = { cause: problem, detail: null, detailPhrase: null }
      else {
        file = await freeFile(folder, row.report, fileStamp(this.zone(), this.deps.clock.now()), row.format)
        rows = await this.deps.reports.export(row.report, {
          format: row.format,
          file,
          timeZone: this.zone(),
          language: this.deps.language?.(),
        })
      }
    } catch (error) {
      failure = causeOf(error)
      if (failure.cause === 'report_failed')
        this.deps.log.error(`Scheduled report ${row.report} failed`, error)
    }
    this.repo.finish({
      id: runId,
      finishedAt: iso(this.deps.clock.now()),
      outcome: failure ? 'failed' : 'ok',
      file: failure ? null : file,
      rows: failure ? null : rows,
      cause: failure?.cause ?? null,
      detail: failure?.detail ?? null,
      detailPhrase: phraseText(failure?.detailPhrase),
    })
    const run = this.runView(this.runRow(runId))
    this.deps.events.emit('reports:scheduled-run', {
      scheduleId: row.id,
      report: row.report,
      outcome: failure ? 'failed' : 'ok',
      file: run.file,
      message: run.message,
    })
    if (failure) {
      this.deps.record(
        'report_schedule_failed',
        `The scheduled report ${row.report} failed: ${run.message}`,
        {
          scheduleId: row.id,
          cause: failure.cause,
        },
        'warn',
      )
    } else {
      this.deps.record('report_schedule_ran', `The scheduled report ${row.report} was written to ${file}`, {
        scheduleId: row.id,
        rows,
      })
    }
    return run
  }

  private assertFolder(folder: string): void {
    const isFolder = fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false
    if (!isFolder)
      throw new AppError('BAD_INPUT', phrase('reporting.schedule.folderMissing', { folder }), {
        folder: phrase('reporting.schedule.folderMissingField'),
      })
  }

  private row(id: number): ScheduleRow {
    const row = this.repo.get(id)
    if (!row) throw new AppError('NOT_FOUND', phrase('reporting.schedule.gone'))
    return row
  }

  private runRow(id: number): RunRow {
    const row = this.repo.run(id)
    if (!row) throw new Error(`The run ${id} of a scheduled report is gone`)
    return row
  }

  private view(row: ScheduleRow): ReportSchedule {
    const last = this.repo.runs({ scheduleId: row.id, limit: 1 })[0]
    const nextRunAt = row.enabled === 1 ? iso(nextDue(timingOf(row), sinceOf(row), this.zone())) : null
    return scheduleView(row, {
      exportsFolder: this.deps.exportsFolder,
      nextRunAt,
      lastRun: last ? this.runView(last) : null,
    })
  }

  private runView(row: RunRow): ReportScheduleRun {
    return runView(row, this.deps.exportsFolder)
  }
}
