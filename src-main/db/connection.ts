import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { corrupt, DatabaseError, locked, notADatabase, unreadable } from './errors'
import { migrate } from './migrate'
import type { MigrationReport } from './migrate'
import { migrations } from './migrations'
import { readHeader, sqliteHeader } from './sqlite-header'

export type OpenOptions = {
  /** better-sqlite3's compiled addon for this runtime, when it is not the one in node_modules (Electron). */
  nativeBinding?: string
}

export type OpenedDatabase = { db: Database; migration: MigrationReport }

/** Reads the first bytes so that a foreign file is reported, not overwritten. */
function assertSqliteFile(file: string): void {
  let head: Buffer
  try {
    head = readHeader(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT') throw unreadable(file, code === 'EACCES' ? 'permission denied' : String(code))
    return
  }
  if (head.length > 0 && !head.equals(sqliteHeader.subarray(0, head.length))) throw notADatabase(file)
  if (head.length > 0 && head.length < sqliteHeader.length) throw corrupt(file, 'the file is cut short')
}

function translate(error: unknown, file: string): unknown {
  const code = (error as { code?: string }).code ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof DatabaseError) return error
  if (code === 'SQLITE_NOTADB') return notADatabase(file)
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, message)
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return locked(file)
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM')
  ) {
    return unreadable(file, message)
  }
  if (code.startsWith('SQLITE_IOERR')) return unreadable(file, message)
  return error
}

/**
 * Opens (or creates) the database with the settings Herald relies on — WAL, foreign keys, a busy
 * timeout — and applies pending migrations. Problems with the file become a DatabaseError.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
  } catch (error) {
    throw unreadable(
      file,
      `cannot create its folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    )
  }
  assertSqliteFile(file)
  let db: Database | undefined
  try {
    db = new Sqlite(file, {
      timeout: 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // Statement journals stay in memory: the rollup triggers (migration 0006) would otherwise spill them to
    // temporary files on large inserts, slowing the creation of a big campaign by a further ~15 %.
    db.pragma('temp_store = MEMORY')
    const migration = migrate(db, migrations, file)
    return { db, migration }
  } catch (error) {
    db?.close()
    throw translate(error, file)
  }
}

/** Whether the database holds together page by page; the first problems found, or 'ok'. */
export function quickCheck(db: Database): string[] {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[]
  return rows.map((row) => row.quick_check)
}
