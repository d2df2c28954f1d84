import type { Migration } from './migration'

export const appEvents: Migration = {
  version: 2,
  name: 'app_events',
  up(db) {
    db.exec(`
      CREATE TABLE app_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('debug', 'info', 'warn', 'error')),
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        data TEXT CHECK (data IS NULL OR json_valid(data))
      ) STRICT;
      CREATE INDEX app_events_at ON app_events (at);
      CREATE INDEX app_events_kind_at ON app_events (kind, at);
    `)
  },
}
