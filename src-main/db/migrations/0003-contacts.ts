import type { Migration } from './migration'

export const contacts: Migration = {
  version: 3,
  name: 'contacts',
  up(db) {
    // A list is written in chunks, so it exists as 'saving' until its last chunk is in; only 'ready'
    // lists are ever shown. The name is unique without regard to case so that lists can be told apart.
    db.exec(`
      CREATE TABLE contact_lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        source_file TEXT NOT NULL,
        sheet TEXT NOT NULL,
        country TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('saving', 'ready')),
        field_keys TEXT NOT NULL CHECK (json_valid(field_keys) AND json_type(field_keys) = 'array'),
        total INTEGER NOT NULL DEFAULT 0,
        valid INTEGER NOT NULL DEFAULT 0,
        invalid INTEGER NOT NULL DEFAULT 0,
        duplicate INTEGER NOT NULL DEFAULT 0,
        opted_out INTEGER NOT NULL DEFAULT 0,
        repaired INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE UNIQUE INDEX contact_lists_name ON contact_lists (name COLLATE NOCASE);
      CREATE INDEX contact_lists_status_created ON contact_lists (status, created_at);

      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL,
        name TEXT,
        phone_raw TEXT NOT NULL,
        phone_e164 TEXT,
        fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
        verdict TEXT NOT NULL CHECK (verdict IN ('valid', 'invalid', 'duplicate', 'opted_out')),
        reason TEXT,
        duplicate_of INTEGER,
        UNIQUE (list_id, row_number)
      ) STRICT;
      CREATE INDEX contacts_list_verdict_row ON contacts (list_id, verdict, row_number);
      CREATE INDEX contacts_list_phone ON contacts (list_id, phone_e164);

      CREATE TABLE opt_outs (
        phone_e164 TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        reason TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX opt_outs_created ON opt_outs (created_at);
    `)
  },
}
