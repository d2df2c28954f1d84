import type { Database } from 'better-sqlite3'

/**
 * Rebuilds a table whose CREATE statement must change (a CHECK widened), by SQLite's own procedure: a new
 * table from the edited statement, the rows copied, the old table dropped, the new one renamed, and the
 * table's indexes and triggers made again exactly as they were. The migration runs with foreign keys off
 * (`rebuildsTables`), so dropping the old table neither cascades into the rows that point at it nor fires a
 * trigger; the rows are the same rows with the same ids, so every reference stays true.
 */
export function rebuildTable(db: Database, table: string, edit: (createSql: string) => string): void {
  // With foreign keys on, dropping the old table would delete every row that points at it
  if (db.pragma('foreign_keys', { simple: true }) === 1) {
    throw new Error(`Rebuilding ${table} needs foreign keys off: mark the migration rebuildsTables`)
  }
  const schema = db
    .prepare(
      'SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY rowid',
    )
    .all(table) as { type: string; name: string; sql: string }[]
  const create = schema.find((entry) => entry.type === 'table')
  if (!create) throw new Error(`Cannot rebuild ${table}: there is no such table`)
  const dependants = schema.filter((entry) => entry.type === 'index' || entry.type === 'trigger')
  const rebuilt = `${table}_rebuilt`
  const edited = edit(create.sql)
  if (edited === create.sql) throw new Error(`Rebuilding ${table} would change nothing`)
  const opening = new RegExp(`^CREATE TABLE\\s+"?${table}"?\\s*\\(`)
  if (!opening.test(edited)) throw new Error(`Cannot rebuild ${table}: unexpected statement`)
  db.exec(edited.replace(opening, `CREATE TABLE ${rebuilt} (`))
  const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).join(
    ', ',
  )
  db.exec(`INSERT INTO ${rebuilt} (${columns}) SELECT ${columns} FROM ${table}`)
  db.exec(`DROP TABLE ${table}`)
  db.exec(`ALTER TABLE ${rebuilt} RENAME TO ${table}`)
  for (const entry of dependants) db.exec(entry.sql)
}

/** A CHECK's `column IN (…)` list replaced by another; exactly one such list must be there. */
export function withAllowedValues(createSql: string, column: string, values: readonly string[]): string {
  const list = new RegExp(`(${column} IN \\()[^)]*(\\))`, 'g')
  const found = createSql.match(list)?.length ?? 0
  if (found !== 1) throw new Error(`Expected one list of allowed values for ${column}, found ${found}`)
  return createSql.replace(list, `$1${values.map((v) => `'${v}'`).join(', ')}$2`)
}
