import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { migrate } from '../migrate'
import type { MigrationReport } from '../migrate'
import { migrations } from './index'

/** A fresh database (foreign keys on, as Herald opens it) with the schema of `version`. */
export function schemaAt(version: number): Database {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(
    db,
    migrations.filter((m) => m.version <= version),
    ':memory:',
  )
  return db
}

/** Brings the database up to `version` (the latest by default), as Herald does at start. */
export function upgrade(db: Database, version = Infinity): MigrationReport {
  return migrate(
    db,
    migrations.filter((m) => m.version <= version),
    ':memory:',
  )
}

const at = '2026-03-02T09:00:00.000Z'

/**
 * One row for each table Herald writes, in the columns the table was made with (later migrations only add
 * columns with defaults): what a database of any version holds. Rollup tables follow the messages.
 */
const rowOf: Record<string, string> = {
  settings: `INSERT INTO settings (key, value, updated_at) VALUES ('defaultCountry', '"GB"', '${at}')`,
  accounts: `INSERT INTO accounts (id, name, phone, created_at) VALUES (2, 'Shop phone', '+447700900100', '${at}')`,
  app_events: `INSERT INTO app_events (at, level, kind, message, data)
    VALUES ('${at}', 'info', 'app_started', 'Started', '{"version":"1"}')`,
  contact_lists: `INSERT INTO contact_lists (id, name, source_file, sheet, country, created_at, status, field_keys)
    VALUES (1, 'Shops', 'shops.xlsx', 'Sheet1', 'GB', '${at}', 'ready', '[]')`,
  contacts: `INSERT INTO contacts (id, list_id, row_number, name, phone_raw, phone_e164, fields, verdict)
    VALUES (1, 1, 2, 'Amira', '07700 900001', '+447700900001', '{}', 'valid')`,
  opt_outs: `INSERT INTO opt_outs (phone_e164, source, reason, created_at)
    VALUES ('+447700900009', 'manual', NULL, '${at}')`,
  templates: `INSERT INTO templates (id, name, variants, created_at, updated_at)
    VALUES (1, 'Hello', '[{"name":"A","body":"Hi"}]', '${at}', '${at}')`,
  campaigns: `INSERT INTO campaigns (id, name, list_id, list_name, template_id, template_name, status, dry_run,
      pacing, variant_rule, template_snapshot, status_reason, created_at, started_at, prepared)
    VALUES (1, 'Spring sale', 1, 'Shops', 1, 'Hello', 'paused', 0, '{"preset":"none"}', '{"kind":"single"}',
      '[{"name":"A","body":"Hi"}]', NULL, '${at}', '${at}', 1)`,
  messages: `INSERT INTO messages (id, campaign_id, contact_id, phone_e164, name, variant, body, status, attempts,
      queued_at, sent_at, updated_at)
    VALUES (1, 1, 1, '+447700900001', 'Amira', 'A', 'Hi', 'sent', 1, '${at}', '${at}', '${at}')`,
  message_events: `INSERT INTO message_events (message_id, campaign_id, at, from_status, to_status)
    VALUES (1, 1, '${at}', 'sending', 'sent')`,
  campaign_accounts: `INSERT INTO campaign_accounts (campaign_id, account_id) VALUES (1, 2)`,
  conversations: `INSERT INTO conversations (id, phone_e164, rehearsal, name, campaign_id, replies, first_reply_at,
      last_reply_at, last_reply, unread, updated_at)
    VALUES (1, '+447700900001', 0, 'Amira', 1, 1, '${at}', '${at}', 'Yes please', 1, '${at}')`,
  conversation_messages: `INSERT INTO conversation_messages (conversation_id, direction, message_id, campaign_id, text, at)
    VALUES (1, 'in', 1, 1, 'Yes please', '${at}')`,
  send_slots: `INSERT INTO send_slots (account, at, campaign_id, message_id) VALUES ('whatsapp', 1772442000000, 1, 1)`,
  saved_reports: `INSERT INTO saved_reports (name, definition, created_at, updated_at)
    VALUES ('Daily by variant', '{"name":"Daily by variant","rows":"messages"}', '${at}', '${at}')`,
  dashboard_layouts: `INSERT INTO dashboard_layouts (name, widgets, in_use)
    VALUES ('Team', '[{"id":"trend","visible":true,"width":"full"},{"id":"stats","visible":false,"width":"half"}]', 1)`,
  report_schedules: `INSERT INTO report_schedules (id, report_id, frequency, time, weekday, month_day, format, folder,
      created_at, armed_at)
    VALUES (1, (SELECT min(id) FROM saved_reports), 'weekly', '09:00', 'mon', NULL, 'csv', NULL, '${at}', '${at}')`,
  report_schedule_runs: `INSERT INTO report_schedule_runs (schedule_id, due_at, started_at, finished_at, outcome, file, rows)
    VALUES (1, '${at}', '${at}', '${at}', 'ok', '/home/ana/Reports/Weekly-2026-03-02-0900.csv', 12)`,
  alert_rules: `INSERT INTO alert_rules (id, event, threshold, notify, webhook_url, webhook_secret, include_text, enabled,
      created_at, updated_at)
    VALUES (1, 'opt-out-rate', 5, 1, 'https://hooks.example.com/herald', 'k2-secret-1', 0, 1, '${at}', '${at}')`,
  alert_deliveries: `INSERT INTO alert_deliveries (delivery_id, rule_id, event, event_key, test, channel, attempt, status,
      http_status, error, title, body, next_attempt_at, created_at, finished_at)
    VALUES ('6f1c1e9a-3b4d-4c2e-9f0a-7d8e9b0c1d2e', 1, 'opt-out-rate', 'opt-out-rate:1', 0, 'webhook', 1, 'failed', 503,
      'The service answered 503', 'Many people ask to stop: Spring sale', '{"version":1}', NULL, '${at}', '${at}')`,
}

/**
 * The tables of the schema (Herald's own bookkeeping left out, and full-text indexes with their shadow
 * tables: they hold only what the rows they index derive, and cannot be read as rows).
 */
export function tablesOf(db: Database): string[] {
  return db
    .prepare(
      `SELECT name FROM sqlite_master t WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
        AND name <> 'schema_migrations'
        AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
          AND (t.name = v.name OR t.name LIKE v.name || '\\_%' ESCAPE '\\'))
      ORDER BY name`,
    )
    .pluck()
    .all() as string[]
}

/** A table that holds only what triggers derive from the messages. */
const isRollup = (table: string): boolean => table.startsWith('insight_')

/** Writes one row into every table the schema has; a table Herald writes that has no row here is an error. */
export function seedEveryTable(db: Database): void {
  const tables = tablesOf(db)
  const missing = tables.filter((table) => !isRollup(table) && !Object.hasOwn(rowOf, table))
  if (missing.length > 0) throw new Error(`schema.test-support.ts has no row for ${missing.join(', ')}`)
  // In the order of rowOf, which follows the references
  for (const [table, insert] of Object.entries(rowOf)) if (tables.includes(table)) db.exec(insert)
}

/** Every row of every table (or of those given), each table's rows in a fixed order of their own. */
export function tableRows(db: Database, tables = tablesOf(db)): Record<string, string[]> {
  // Some rollups are WITHOUT ROWID: rows are compared as text, sorted
  const rows = (table: string): string[] =>
    db
      .prepare(`SELECT * FROM ${table}`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort()
  return Object.fromEntries(tables.map((table) => [table, rows(table)]))
}

/** The rows of each table in the columns it has now, so a later added column does not hide a change. */
export function rowsInColumns(db: Database, columns: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(columns).map(([table, names]) => [
      table,
      db
        .prepare(`SELECT ${names.join(', ')} FROM ${table}`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  )
}

/** Each table's columns. */
export function columnsOf(db: Database, tables = tablesOf(db)): Record<string, string[]> {
  const names = db.prepare('SELECT name FROM pragma_table_info(?)').pluck()
  return Object.fromEntries(tables.map((table) => [table, names.all(table) as string[]]))
}

/** A table's indexes and triggers, as they are written. */
export function dependantsOf(db: Database, table: string): unknown[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type != 'table' ORDER BY name")
    .all(table)
}

/** The audit trail a campaign's history has: one `queued` event for each message. */
export function addQueuedTrail(db: Database): void {
  db.exec(`INSERT INTO message_events (message_id, campaign_id, at, from_status, to_status)
    SELECT id, campaign_id, queued_at, NULL, 'queued' FROM messages`)
}

/** SQLite's own checks of the file and of every reference: [] when all is well. */
export function problemsOf(db: Database): unknown[] {
  const integrity = db.pragma('integrity_check', { simple: true })
  return [...(integrity === 'ok' ? [] : [integrity]), ...(db.pragma('foreign_key_check') as unknown[])]
}

/** How many rows a table has. */
export function rowCount(db: Database, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
}

/** The tables made STRICT, and the names of every index. */
export function strictTablesAndIndexes(db: Database): { strict: string[]; indexes: string[] } {
  const strict = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%) STRICT'")
    .pluck()
    .all() as string[]
  const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[]
  return { strict, indexes }
}

/**
 * Today's repositories write the search columns of schema 15 and the sending number of schema 18; a test
 * that runs them on an older schema adds those columns first (the same statements as those migrations).
 */
export function addSearchColumns(db: Database): void {
  db.exec(`ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE messages ADD COLUMN name_folded TEXT;
    ALTER TABLE messages ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1;`)
  addDetailPhrases(db)
}

/** Today's messages repository writes a detail's phrase (schema 32): a test on an older schema adds it. */
export function addDetailPhrases(db: Database): void {
  const column = "SELECT 1 FROM pragma_table_info('messages') WHERE name = 'error_detail_phrase'"
  if (!db.prepare(column).get()) db.exec('ALTER TABLE messages ADD COLUMN error_detail_phrase TEXT')
}
