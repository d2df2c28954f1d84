import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import { unpackAttachments } from './backup-attachments'
import type { UnpackedAttachments } from './backup-attachments'
import { latestSchemaVersion } from './migrations'
import { readHeader, sqliteHeader } from './sqlite-header'

export type RestoreCandidate = { schemaVersion: number; campaigns: number; bytes: number }

function headerOf(file: string): Buffer {
  try {
    return readHeader(file)
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code)
    const why = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : 'other'
    throw new AppError('BAD_INPUT', phrase('system.restore.cannotRead', { file, why, code }))
  }
}

/** Whether the file starts as an SQLite database does; false when it cannot be read. */
export function looksLikeSqlite(file: string): boolean {
  try {
    return headerOf(file).equals(sqliteHeader)
  } catch {
    return false
  }
}

/**
 * Checks a backup before it replaces anything: an SQLite file, whole (integrity_check), from this
 * Herald or an older one, and a Herald database. Opened read-only, so the file is not changed.
 */
export function validateBackup(file: string): RestoreCandidate {
  if (!headerOf(file).equals(sqliteHeader)) {
    throw new AppError('BAD_INPUT', phrase('system.restore.notSqlite', { file }))
  }
  let db: Sqlite.Database | undefined
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true })
    const integrity = db.pragma('integrity_check(1)', { simple: true }) as string
    if (integrity !== 'ok') {
      throw new AppError('BAD_INPUT', phrase('system.restore.damaged', { file, integrity }))
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (schemaVersion > latestSchemaVersion) {
      throw new AppError(
        'BAD_INPUT',
        phrase('system.restore.tooNew', { file, found: schemaVersion, known: latestSchemaVersion }),
      )
    }
    const hasCampaigns = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'campaigns'")
      .get()
    if (schemaVersion < 1 || (schemaVersion >= 4 && !hasCampaigns)) {
      throw new AppError('BAD_INPUT', phrase('system.restore.notHerald', { file }))
    }
    const campaigns = hasCampaigns
      ? (db.prepare('SELECT count(*) FROM campaigns').pluck().get() as number)
      : 0
    return { schemaVersion, campaigns, bytes: fs.statSync(file).size }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError(
      'BAD_INPUT',
      phrase('system.restore.unreadable', { file, detail: (error as Error).message }),
    )
  } finally {
    db?.close()
  }
}

/**
 * Leaving WAL mode needs every other connection closed, so it tells whether Herald is still open
 * elsewhere; it also folds the WAL into the file, which is then kept whole as the previous database.
 */
function settleCurrent(current: string): void {
  let db: Sqlite.Database | undefined
  try {
    db = new Sqlite(current, { fileMustExist: true, timeout: 0 })
    db.pragma('journal_mode = DELETE')
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new AppError('CONFLICT', phrase('system.restore.inUse', { file: current }))
    }
    throw error
  } finally {
    db?.close()
  }
}

const stamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')

export type RestoreResult = RestoreCandidate & {
  previous: string | null
  /** What came back into the attachments folder; null when no folder was given. */
  attachments: UnpackedAttachments | null
}

/**
 * Replaces the database at `current` with the backup `candidate`, once it has passed `validateBackup`.
 * Every connection to `current` must be closed (the CLI closes its own first). The previous database
 * is kept as `<current>.before-restore-<date>`; the backup is copied beside it first and renamed into
 * place, so an interrupted restore leaves either the old database or the new one. With `attachmentsDir`,
 * the attachments a backup carries are put back there first (a database-only backup carries none).
 */
export function restoreDatabase(
  current: string,
  candidate: string,
  now: Date = new Date(),
  attachmentsDir?: string,
): RestoreResult {
  const checked = validateBackup(candidate)
  if (fs.existsSync(current)) settleCurrent(current)
  const incoming = path.join(path.dirname(current), `.${path.basename(current)}.restoring`)
  fs.copyFileSync(candidate, incoming)
  let attachments: UnpackedAttachments | null = null
  try {
    if (attachmentsDir !== undefined) attachments = unpackAttachments(incoming, attachmentsDir)
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${incoming}${suffix}`, { force: true })
    throw error
  }
  let previous: string | null = null
  if (fs.existsSync(current)) {
    previous = `${current}.before-restore-${stamp(now)}`
    fs.renameSync(current, previous)
    // A WAL left by an unclean close belongs with the old file, never with the restored one.
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(`${current}${suffix}`)) fs.renameSync(`${current}${suffix}`, `${previous}${suffix}`)
    }
  }
  fs.renameSync(incoming, current)
  return { ...checked, previous, attachments }
}
