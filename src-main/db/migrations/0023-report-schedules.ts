import type { Migration } from './migration'

export const reportSchedules: Migration = {
  version: 23,
  name: 'report-schedules',
  up(db) {
    // A schedule points at its saved report by id, so it follows a report saved again under another spelling,
    // and goes with the report when that is deleted. Times are the computer's own wall clock (HH:MM), read
    // in its time zone each time the next run is worked out. `armed_at` is when the timing was last set: no
    // run is due before it, so a schedule made or changed now never runs for the times before.
    //
    // A run is claimed by inserting its (schedule, due) row before the file is written: two Herald processes
    // on one database (the app and the command line) never both run the same due time. A `skipped` row
    // stands for the times missed while Herald was closed, which one late run made up for.
    db.exec(`
      CREATE TABLE report_schedules (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES saved_reports (id) ON DELETE CASCADE,
        frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
        time TEXT NOT NULL CHECK (length(time) = 5 AND time GLOB '[0-2][0-9]:[0-5][0-9]' AND time < '24:00'),
        weekday TEXT CHECK (weekday IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')),
        month_day INTEGER CHECK (month_day BETWEEN 1 AND 31),
        format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx', 'json')),
        -- NULL: the data folder's exports
        folder TEXT,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at TEXT NOT NULL,
        armed_at TEXT NOT NULL,
        CHECK ((frequency = 'weekly') = (weekday IS NOT NULL)),
        CHECK ((frequency = 'monthly') = (month_day IS NOT NULL))
      ) STRICT;
      CREATE INDEX report_schedules_report ON report_schedules (report_id);

      CREATE TABLE report_schedule_runs (
        id INTEGER PRIMARY KEY,
        schedule_id INTEGER NOT NULL REFERENCES report_schedules (id) ON DELETE CASCADE,
        due_at TEXT NOT NULL,
        manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('running', 'ok', 'failed', 'skipped')),
        -- A skipped row: how many due times were missed
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
        file TEXT,
        rows INTEGER,
        cause TEXT CHECK (cause IN ('folder_missing', 'folder_unwritable', 'disk_full', 'report_missing',
          'report_failed', 'interrupted')),
        detail TEXT,
        UNIQUE (schedule_id, due_at)
      ) STRICT;
      CREATE INDEX report_schedule_runs_latest ON report_schedule_runs (started_at DESC, id DESC);
      CREATE INDEX report_schedule_runs_running ON report_schedule_runs (outcome) WHERE outcome = 'running';
    `)
  },
}
