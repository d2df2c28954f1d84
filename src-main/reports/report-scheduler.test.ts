import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventPayload } from '../../src-shared/ipc/contract'
import type { ReportScheduleInput } from '../../src-shared/domain/report-schedules'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import { SimulatedClock } from '../clock'
import type { Clock } from '../clock'
import { tempDataDir } from '../context.test-support'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import { AppError } from '../errors'
import { CustomReportsService } from './custom-reports'
import { ReportScheduler } from './report-scheduler'
import type { ReportSchedulerDeps } from './report-scheduler'

type Ran = EventPayload<'reports:scheduled-run'>

/** A clock the test moves by hand; nothing here waits for real. */
function handClock(start: string): Clock & { set(text: string): void } {
  let now = Date.parse(start)
  return {
    now: () => now,
    // Never wakes by itself: only when the scheduler stops (or is poked)
    sleep: (_ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal?.aborted) resolve()
        signal?.addEventListener('abort', () => resolve(), { once: true })
      }),
    set: (text) => (now = Date.parse(text)),
  }
}

let temp: { dir: string; remove: () => void }
let dbs: Database[]

function openDb(file: string): Database {
  const db = new Sqlite(file, { timeout: 5000 })
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, file)
  dbs.push(db)
  return db
}

/** One Herald process over the test's database file: its saved reports and its scheduler. */
function herald(clock: Clock, options: Partial<ReportSchedulerDeps> & { zone?: string } = {}) {
  let stopAfter = Infinity
  let reached = (): void => undefined
  const db = openDb(path.join(temp.dir, 'herald.db'))
  const ran: Ran[] = []
  const recorded: string[] = []
  const reports = new CustomReportsService({ db, record: () => undefined, clock })
  const scheduler = new ReportScheduler({
    db,
    reports,
    events: {
      emit: (_event, payload) => {
        // Stopped from inside the run, so that simulated time goes no further than the runs wanted
        if (ran.push(payload as Ran) < stopAfter) return
        void scheduler.close()
        reached()
      },
    },
    record: (kind) => recorded.push(kind),
    log: { warn: () => undefined, error: () => undefined },
    clock,
    timeZone: () => options.zone ?? 'America/New_York',
    exportsFolder: path.join(temp.dir, 'exports'),
    ...options,
  })
  /** Starts the timer and waits for `runs` runs; the timer stops after the last. */
  const runFor = async (runs: number): Promise<void> => {
    const done = new Promise<void>((resolve) => (reached = resolve))
    stopAfter = runs
    scheduler.start()
    await done
    await scheduler.close()
  }
  return { db, reports, scheduler, ran, recorded, runFor }
}

const definition = { name: 'Daily by variant', rows: 'messages', groupBy: ['variant'], measures: ['sent'] }
const folder = (): string => path.join(temp.dir, 'Reports')
const schedule = (more: Partial<ReportScheduleInput> = {}): ReportScheduleInput => ({
  report: 'Daily by variant',
  frequency: 'daily',
  time: '09:00',
  format: 'csv',
  folder: folder(),
  ...more,
})
const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [])

beforeEach(() => {
  temp = tempDataDir()
  dbs = []
  fs.mkdirSync(folder())
})
afterEach(() => {
  for (const db of dbs) db.close()
  temp.remove()
})

describe('ReportScheduler', () => {
  it('shows the next run in the computer’s time, and never runs for times before it was made', async () => {
    const clock = handClock('2026-03-02T15:00:00Z') // Monday 10:00 in New York
    const { reports, scheduler, ran } = herald(clock)
    reports.save(definition)
    const daily = scheduler.save(schedule())
    expect(daily).toMatchObject({
      report: 'Daily by variant',
      writesTo: folder(),
      enabled: true,
      lastRun: null,
    })
    expect(daily.nextRunAt).toBe('2026-03-03T14:00:00.000Z') // Tuesday 09:00, not Monday's
    const weekly = scheduler.save(schedule({ frequency: 'weekly', weekday: 'fri', time: '17:30' }))
    expect(weekly.nextRunAt).toBe('2026-03-06T22:30:00.000Z')
    const monthly = scheduler.save(
      schedule({ frequency: 'monthly', monthDay: 31, format: 'xlsx', folder: null }),
    )
    expect(monthly).toMatchObject({
      nextRunAt: '2026-03-31T13:00:00.000Z',
      writesTo: path.join(temp.dir, 'exports'),
    })

    expect(await scheduler.tick()).toBe(0)
    expect(ran).toEqual([])
    clock.set('2026-03-03T14:00:00Z')
    expect(await scheduler.tick()).toBe(1)
    expect(filesIn(folder())).toEqual(['Daily-by-variant-2026-03-03-0900.csv'])
    expect(ran).toEqual([
      {
        scheduleId: daily.id,
        report: 'Daily by variant',
        outcome: 'ok',
        file: path.join(folder(), 'Daily-by-variant-2026-03-03-0900.csv'),
        message: null,
      },
    ])
    expect(scheduler.get(daily.id)).toMatchObject({
      nextRunAt: '2026-03-04T14:00:00.000Z',
      lastRun: { outcome: 'ok', late: false, rows: 0, dueAt: '2026-03-03T14:00:00.000Z' },
    })
    // The same minute again: nothing more to do
    expect(await scheduler.tick()).toBe(0)
  })

  it('runs a schedule that missed several times while Herald was closed once at the next start, late', async () => {
    const clock = handClock('2026-03-02T13:00:00Z') // Monday 08:00
    const first = herald(clock)
    first.reports.save(definition)
    const { id } = first.scheduler.save(schedule())
    // Herald closed until Thursday noon: Monday, Tuesday, Wednesday and Thursday 09:00 were missed
    clock.set('2026-03-05T17:00:00Z')
    const { scheduler, ran } = herald(clock)
    scheduler.start()
    await scheduler.close()
    expect(ran).toHaveLength(1)
    expect(filesIn(folder())).toEqual(['Daily-by-variant-2026-03-05-1200.csv'])
    const [late, skipped, ...none] = scheduler.runs({ scheduleId: id })
    expect(none).toEqual([])
    expect(late).toMatchObject({ outcome: 'ok', late: true, dueAt: '2026-03-05T14:00:00.000Z' })
    expect(skipped).toMatchObject({ outcome: 'skipped', skipped: 3, dueAt: '2026-03-02T14:00:00.000Z' })
    expect(scheduler.get(id).nextRunAt).toBe('2026-03-06T14:00:00.000Z')
  })

  it('leaves a due run another Herald process claimed to that process', async () => {
    const clock = handClock('2026-03-02T13:00:00Z')
    const app = herald(clock)
    const cli = herald(clock)
    app.reports.save(definition)
    app.scheduler.save(schedule())
    clock.set('2026-03-02T14:00:00Z')
    // Both look at once; the database lets one claim the 09:00 run
    const started = await Promise.all([app.scheduler.tick(), cli.scheduler.tick()])
    expect(started.sort()).toEqual([0, 1])
    expect(await app.scheduler.tick()).toBe(0)
    expect(await cli.scheduler.tick()).toBe(0)
    expect([...app.ran, ...cli.ran]).toHaveLength(1)
    expect(filesIn(folder())).toHaveLength(1)
  })

  it('records a run whose folder is gone as failed, says what to do, and tells the alerts', async () => {
    const clock = handClock('2026-03-02T13:00:00Z')
    const { reports, scheduler, ran, recorded } = herald(clock)
    reports.save(definition)
    const gone = path.join(temp.dir, 'USB stick')
    fs.mkdirSync(gone)
    const { id } = scheduler.save(schedule({ folder: gone }))
    fs.rmSync(gone, { recursive: true })
    clock.set('2026-03-02T14:00:00Z')
    await scheduler.tick()
    const message = `The folder ${gone} no longer exists. Create it again, or edit the schedule and choose another folder.`
    expect(ran).toEqual([
      { scheduleId: id, report: 'Daily by variant', outcome: 'failed', file: null, message },
    ])
    expect(scheduler.runs()).toMatchObject([
      { outcome: 'failed', cause: 'folder_missing', file: null, message },
    ])
    expect(recorded).toContain('report_schedule_failed')
    // Saving a schedule for a folder that is not there is refused in words
    expect(() => scheduler.save(schedule({ folder: gone }))).toThrow(
      /does not exist\. Choose a folder that exists/,
    )
  })

  it('runs at once on Run now, never over an earlier file, and keeps the history latest first', async () => {
    const clock = handClock('2026-03-02T15:00:00Z')
    const { reports, scheduler } = herald(clock)
    reports.save(definition)
    reports.save({ ...definition, name: 'Weekly summary' })
    const daily = scheduler.save(schedule())
    const weekly = scheduler.save(schedule({ report: 'Weekly summary', format: 'json' }))
    const first = await scheduler.runNow(daily.id)
    const second = await scheduler.runNow(daily.id)
    clock.set('2026-03-02T15:01:00Z')
    const third = await scheduler.runNow(weekly.id)
    expect(filesIn(folder())).toEqual([
      'Daily-by-variant-2026-03-02-1000-2.csv',
      'Daily-by-variant-2026-03-02-1000.csv',
      'Weekly-summary-2026-03-02-1001.json',
    ])
    expect(first).toMatchObject({ manual: true, late: false, outcome: 'ok' })
    expect(scheduler.runs().map((run) => run.id)).toEqual([third.id, second.id, first.id])
    expect(scheduler.runs({ report: 'daily BY variant' }).map((run) => run.id)).toEqual([second.id, first.id])
    // Running by hand does not move the schedule's own next time
    expect(scheduler.get(daily.id).nextRunAt).toBe('2026-03-03T14:00:00.000Z')
    // Its saved report deleted, a schedule goes with it
    reports.delete('Weekly summary')
    expect(scheduler.list().schedules.map((s) => s.report)).toEqual(['Daily by variant'])
  })

  it('counts a new time or switching back on from now, and runs nothing while switched off', async () => {
    const clock = handClock('2026-03-02T13:00:00Z')
    const { reports, scheduler } = herald(clock)
    reports.save(definition)
    const { id } = scheduler.save(schedule())
    scheduler.save({ ...schedule({ enabled: false }), id })
    expect(scheduler.get(id).nextRunAt).toBeNull()
    clock.set('2026-03-04T16:00:00Z')
    expect(await scheduler.tick()).toBe(0)
    expect(scheduler.save({ ...schedule(), id }).nextRunAt).toBe('2026-03-05T14:00:00.000Z')
    expect(await scheduler.tick()).toBe(0)
    // Another folder only: the time it counts from stays
    const other = path.join(temp.dir, 'Other')
    fs.mkdirSync(other)
    clock.set('2026-03-05T14:30:00Z')
    scheduler.save({ ...schedule({ folder: other }), id })
    expect(await scheduler.tick()).toBe(1)
    expect(filesIn(other)).toHaveLength(1)
  })

  it('runs a daily 02:30 on its timer once a night through both changes of New York’s clocks', async () => {
    const clock = new SimulatedClock(Date.parse('2026-03-07T12:00:00Z'))
    const { reports, scheduler, runFor } = herald(clock, { checkEveryMs: 6 * 3_600_000 })
    reports.save(definition)
    const spring = scheduler.save(schedule({ time: '02:30', folder: null }))
    await runFor(3)
    expect(scheduler.runs().map((run) => [run.dueAt, run.startedAt])).toEqual([
      ['2026-03-10T06:30:00.000Z', '2026-03-10T06:30:00.000Z'],
      ['2026-03-09T06:30:00.000Z', '2026-03-09T06:30:00.000Z'],
      ['2026-03-08T07:00:00.000Z', '2026-03-08T07:00:00.000Z'], // 03:00 EDT: the first minute after the jump
    ])
    expect(filesIn(path.join(temp.dir, 'exports'))).toEqual([
      'Daily-by-variant-2026-03-08-0300.csv',
      'Daily-by-variant-2026-03-09-0230.csv',
      'Daily-by-variant-2026-03-10-0230.csv',
    ])

    // The autumn night shows 01:30 twice: it runs at the first only
    scheduler.delete(spring.id)
    const autumn = new SimulatedClock(Date.parse('2026-10-31T12:00:00Z'))
    const later = herald(autumn, { checkEveryMs: 6 * 3_600_000 })
    const { id } = later.scheduler.save(schedule({ time: '01:30', folder: folder() }))
    await later.runFor(2)
    expect(later.scheduler.runs({ scheduleId: id }).map((run) => run.startedAt)).toEqual([
      '2026-11-02T06:30:00.000Z',
      '2026-11-01T05:30:00.000Z',
    ])
  })

  it('settles at start a run a stopped Herald left half done', () => {
    const clock = handClock('2026-03-02T15:00:00Z')
    const { db, reports, scheduler } = herald(clock)
    reports.save(definition)
    const { id } = scheduler.save(schedule())
    db.prepare(
      `INSERT INTO report_schedule_runs (schedule_id, due_at, started_at, outcome)
       VALUES (?, '2026-03-02T14:00:00.000Z', '2026-03-02T14:00:00.000Z', 'running')`,
    ).run(id)
    scheduler.start()
    void scheduler.close()
    expect(scheduler.runs()[0]).toMatchObject({
      outcome: 'failed',
      cause: 'interrupted',
      message: expect.stringMatching(/^Herald stopped before the report was written/) as unknown,
    })
  })

  it('writes its files in Settings’ language, read at each run: Spanish headings for a Spanish shop', async () => {
    const clock = handClock('2026-03-02T13:00:00Z')
    let language: Locale = 'es'
    const { reports, scheduler } = herald(clock, { language: () => language })
    reports.save(definition)
    const { id } = scheduler.save(schedule())
    const firstLine = async (): Promise<string> => {
      const run = await scheduler.runNow(id)
      return (
        fs
          .readFileSync(run.file ?? '', 'utf8')
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/)[0] ?? ''
      )
    }
    expect(await firstLine()).toBe('"Variante","Enviados"')
    // The setting changed since: the next file follows it
    language = 'en'
    expect(await firstLine()).toBe('"variant","sent"')
  })

  it('keeps why a report could not be made, for the window to say it in the user’s language', async () => {
    const clock = handClock('2026-03-02T13:00:00Z')
    const refusing: ReportSchedulerDeps['reports'] = {
      list: () => [],
      export: () =>
        Promise.reject(
          new AppError('BAD_INPUT', phrase('reporting.timeZone.unknown', { zone: 'Mars/Base' })),
        ),
    }
    const { reports, scheduler } = herald(clock, { reports: refusing })
    reports.save(definition)
    const { id } = scheduler.save(schedule())
    const run = await scheduler.runNow(id)
    expect(run.message).toBe(
      'The report could not be made. "Mars/Base" is not a time zone this computer knows. Open the report, check it runs, then press Run now.',
    )
    // As the window gets it later from the history: both phrases, kept in the database
    const [kept] = scheduler.runs()
    expect(kept?.messagePhrase && sayIn('es', kept.messagePhrase)).toMatch(/^No se pudo crear el informe\. /)
    expect(kept?.detailPhrase && sayIn('es', kept.detailPhrase)).toBe(
      '«Mars/Base» no es una zona horaria que este equipo conozca.',
    )
  })
})
