import type { Database } from 'better-sqlite3'
import { tooNew } from './errors'
import type { Migration } from './migrations/migration'

export type MigrationReport = { from: number; to: number; applied: string[] }

/**
 * Brings the schema up to date in one transaction: either every pending migration is applied or none.
 * A database from a newer Herald is refused, never downgraded.
 */
export function migrate(db: Database, migrations: readonly Migration[], file: string): MigrationReport {
  const latest = migrations.at(-1)?.version ?? 0
  const from = db.pragma('user_version', { simple: true }) as number
  if (from > latest) throw tooNew(file, from, latest)
  const pending = migrations.filter((m) => m.version > from)
  if (pending.length === 0) return { from, to: from, applied: [] }

  // Foreign keys cannot be switched inside a transaction: a migration that rebuilds a table needs them off
  const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1
  const rebuilds = pending.some((m) => m.rebuildsTables)
  if (rebuilds && keysWereOn) db.pragma('foreign_keys = OFF')
  try {
    apply(db, pending, latest, rebuilds && keysWereOn)
  } finally {
    if (rebuilds && keysWereOn) db.pragma('foreign_keys = ON')
  }
  return { from, to: latest, applied: pending.map((m) => `${m.version}-${m.name}`) }
}

function apply(db: Database, pending: readonly Migration[], latest: number, checkKeys: boolean): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`)
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
    for (const migration of pending) {
      migration.up(db)
      record.run(migration.version, migration.name, new Date().toISOString())
    }
    if (checkKeys) {
      const broken = db.pragma('foreign_key_check') as { table: string }[]
      if (broken.length > 0)
        throw new Error(`A migration left ${broken.length} broken references (${broken[0]?.table})`)
    }
    db.pragma(`user_version = ${latest}`)
  }).immediate()
}
