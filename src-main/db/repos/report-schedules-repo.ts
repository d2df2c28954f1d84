import type { Database, Statement } from 'better-sqlite3'
import type {
  ScheduleFrequency,
  ScheduleRunCause,
  ScheduleRunOutcome,
  Weekday,
} from '../../../src-shared/domain/report-schedules'
import type { ExportFormat } from '../../../src-shared/domain/reports'

/** A schedule as stored, with its report's name and the last due time a scheduled run was claimed for. */
export type ScheduleRow = {
  id: number
  reportId: number
  report: string
  frequency: ScheduleFrequency
  time: string
  weekday: Weekday | null
  monthDay: number | null
  format: ExportFormat
  folder: string | null
  enabled: 0 | 1
  createdAt: string
  armedAt: string
  lastDue: string | null
}

export type ScheduleFields = Pick<
  ScheduleRow,
  'reportId' | 'frequency' | 'time' | 'weekday' | 'monthDay' | 'format' | 'folder' | 'enabled' | 'armedAt'
>

export type RunRow = {
  id: number
  scheduleId: number
  report: string
  /** The schedule's folder, for the words of a failure. */
  folder: string | null
  dueAt: string
  manual: 0 | 1
  startedAt: string
  finishedAt: string | null
  outcome: ScheduleRunOutcome
  skipped: number
  file: string | null
  rows: number | null
  cause: ScheduleRunCause | null
  detail: string | null
  /** The detail as a phrase (JSON), when the failure was one (migration 0030). */
  detailPhrase: string | null
}

export type Claim = {
  scheduleId: number
  dueAt: string
  startedAt: string
  manual: boolean
  /** Times missed before this one, which it makes up for: recorded as one skipped row. */
  missed: { firstDueAt: string; count: number } | null
}

export type RunEnd = {
  id: number
  finishedAt: string
  outcome: 'ok' | 'failed'
  file: string | null
  rows: number | null
  cause: ScheduleRunCause | null
  detail: string | null
  detailPhrase: string | null
}

const scheduleColumns = `s.id, s.report_id AS reportId, r.name AS report, s.frequency, s.time, s.weekday,
  s.month_day AS monthDay, s.format, s.folder, s.enabled, s.created_at AS createdAt, s.armed_at AS armedAt,
  (SELECT max(due_at) FROM report_schedule_runs u WHERE u.schedule_id = s.id AND u.manual = 0) AS lastDue`

const runColumns = `u.id, u.schedule_id AS scheduleId, r.name AS report, s.folder, u.due_at AS dueAt, u.manual,
  u.started_at AS startedAt, u.finished_at AS finishedAt, u.outcome, u.skipped, u.file, u.rows, u.cause, u.detail,
  u.detail_phrase AS detailPhrase`

const runsFrom = `report_schedule_runs u JOIN report_schedules s ON s.id = u.schedule_id
  JOIN saved_reports r ON r.id = s.report_id`

type ClaimParams = { scheduleId: number; dueAt: string; startedAt: string; manual: 0 | 1 }

type RunsQuery = { scheduleId: number | null; report: string | null; limit: number }

/** The schedules of saved reports and their runs (migration 0023). */
export class ReportSchedulesRepo {
  private readonly listStmt: Statement<[{ report: string | null }], ScheduleRow>
  private readonly getStmt: Statement<[number], ScheduleRow>
  private readonly reportIdStmt: Statement<[string], number>
  private readonly insertStmt: Statement<[ScheduleFields & { createdAt: string }]>
  private readonly updateStmt: Statement<[ScheduleFields & { id: number }]>
  private readonly deleteStmt: Statement<[number]>
  private readonly claimStmt: Statement<[ClaimParams], { id: number }>
  private readonly skipStmt: Statement<[ClaimParams & { skipped: number }]>
  private readonly finishStmt: Statement<[RunEnd]>
  private readonly runsStmt: Statement<[RunsQuery], RunRow>
  private readonly runStmt: Statement<[number], RunRow>
  private readonly settleStmt: Statement<[{ before: string; at: string }]>
  readonly claim: (claim: Claim) => number | null

  constructor(db: Database) {
    this.listStmt = db.prepare(
      `SELECT ${scheduleColumns} FROM report_schedules s JOIN saved_reports r ON r.id = s.report_id
        WHERE @report IS NULL OR r.name = @report COLLATE NOCASE
        ORDER BY r.name COLLATE NOCASE, s.id`,
    )
    this.getStmt = db.prepare(
      `SELECT ${scheduleColumns} FROM report_schedules s JOIN saved_reports r ON r.id = s.report_id
        WHERE s.id = ?`,
    )
    this.reportIdStmt = db
      .prepare<[string], number>('SELECT id FROM saved_reports WHERE name = ? COLLATE NOCASE')
      .pluck()
    this.insertStmt = db.prepare(
      `INSERT INTO report_schedules (report_id, frequency, time, weekday, month_day, format, folder, enabled,
         created_at, armed_at)
       VALUES (@reportId, @frequency, @time, @weekday, @monthDay, @format, @folder, @enabled, @createdAt, @armedAt)`,
    )
    this.updateStmt = db.prepare(
      `UPDATE report_schedules SET report_id = @reportId, frequency = @frequency, time = @time,
         weekday = @weekday, month_day = @monthDay, format = @format, folder = @folder, enabled = @enabled,
         armed_at = @armedAt
       WHERE id = @id`,
    )
    this.deleteStmt = db.prepare('DELETE FROM report_schedules WHERE id = ?')
    // A scheduled run is claimed only while its schedule is on, was set before the time it is due, and no
    // process has run that time or a later one; UNIQUE (schedule, due) settles two claims at once.
    this.claimStmt = db.prepare(
      `INSERT INTO report_schedule_runs (schedule_id, due_at, manual, started_at, outcome)
       SELECT @scheduleId, @dueAt, @manual, @startedAt, 'running'
        WHERE EXISTS (SELECT 1 FROM report_schedules s WHERE s.id = @scheduleId
            AND (@manual = 1 OR (s.enabled = 1 AND s.armed_at < @dueAt)))
          AND (@manual = 1 OR NOT EXISTS (SELECT 1 FROM report_schedule_runs u
            WHERE u.schedule_id = @scheduleId AND u.manual = 0 AND u.due_at >= @dueAt))
       ON CONFLICT (schedule_id, due_at) DO NOTHING
       RETURNING id`,
    )
    this.skipStmt = db.prepare(
      `INSERT INTO report_schedule_runs (schedule_id, due_at, manual, started_at, finished_at, outcome, skipped)
       VALUES (@scheduleId, @dueAt, 0, @startedAt, @startedAt, 'skipped', @skipped)
       ON CONFLICT (schedule_id, due_at) DO NOTHING`,
    )
    this.finishStmt = db.prepare(
      `UPDATE report_schedule_runs SET finished_at = @finishedAt, outcome = @outcome, file = @file,
         rows = @rows, cause = @cause, detail = @detail, detail_phrase = @detailPhrase
       WHERE id = @id`,
    )
    this.runsStmt = db.prepare(
      `SELECT ${runColumns} FROM ${runsFrom}
        WHERE (@scheduleId IS NULL OR u.schedule_id = @scheduleId)
          AND (@report IS NULL OR r.name = @report COLLATE NOCASE)
        ORDER BY u.started_at DESC, u.outcome = 'skipped', u.id DESC LIMIT @limit`,
    )
    this.runStmt = db.prepare(`SELECT ${runColumns} FROM ${runsFrom} WHERE u.id = ?`)
    this.settleStmt = db.prepare(
      `UPDATE report_schedule_runs SET outcome = 'failed', cause = 'interrupted', finished_at = @at
        WHERE outcome = 'running' AND started_at < @before`,
    )
    const claimOnce = (claim: Claim): number | null => {
      const params: ClaimParams = {
        scheduleId: claim.scheduleId,
        dueAt: claim.dueAt,
        startedAt: claim.startedAt,
        manual: claim.manual ? 1 : 0,
      }
      const row = this.claimStmt.get(params)
      if (!row) return null
      const { missed } = claim
      if (missed && missed.count > 0)
        this.skipStmt.run({ ...params, dueAt: missed.firstDueAt, skipped: missed.count })
      return row.id
    }
    // IMMEDIATE: the write lock is taken before the checks, so another process's claim waits for this one
    const claimTx = db.transaction(claimOnce)
    this.claim = (claim) => claimTx.immediate(claim)
  }

  list(report: string | null = null): ScheduleRow[] {
    return this.listStmt.all({ report })
  }

  get(id: number): ScheduleRow | undefined {
    return this.getStmt.get(id)
  }

  reportId(name: string): number | undefined {
    return this.reportIdStmt.get(name)
  }

  insert(fields: ScheduleFields & { createdAt: string }): number {
    return Number(this.insertStmt.run(fields).lastInsertRowid)
  }

  update(id: number, fields: ScheduleFields): boolean {
    return this.updateStmt.run({ ...fields, id }).changes > 0
  }

  delete(id: number): boolean {
    return this.deleteStmt.run(id).changes > 0
  }

  finish(end: RunEnd): void {
    this.finishStmt.run(end)
  }

  /** Latest first; a late run above the skipped row it made up for. */
  runs(query: Partial<RunsQuery> = {}): RunRow[] {
    return this.runsStmt.all({ scheduleId: null, report: null, limit: 50, ...query })
  }

  run(id: number): RunRow | undefined {
    return this.runStmt.get(id)
  }

  /** Runs left `running` since before `before` by a process that stopped: failed, interrupted. */
  settleInterrupted(before: string, at: string): number {
    return this.settleStmt.run({ before, at }).changes
  }
}
