import type { Migration } from './migration'

export const savedReports: Migration = {
  version: 21,
  name: 'saved-reports',
  up(db) {
    // A saved custom report keeps its typed definition as JSON (never SQL): the definition is parsed again
    // with its zod schema each time it is read, so a definition saved by an older build is checked anew.
    db.exec(`
      CREATE TABLE saved_reports (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        definition TEXT NOT NULL CHECK (json_valid(definition) AND json_type(definition) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX saved_reports_name ON saved_reports (name COLLATE NOCASE);
    `)
  },
}
