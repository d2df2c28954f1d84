import fs from 'node:fs'
import type { Database } from 'better-sqlite3'
import { packAttachments } from './backup-attachments'
import type { PackedAttachments } from './backup-attachments'

export type DatabaseHealth = {
  /** 'ok', or the first problems PRAGMA integrity_check found. */
  integrity: string[]
  ok: boolean
  schemaVersion: number
  databaseBytes: number
  walBytes: number
}

/** A file's size in bytes; 0 when it is not there. */
export const fileBytes = (file: string): number => {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}

/** Integrity (full check, or the faster quick check) and the sizes of the file and its WAL. */
export function checkDatabase(db: Database, file: string, mode: 'full' | 'quick' = 'full'): DatabaseHealth {
  const pragma = mode === 'full' ? 'integrity_check(10)' : 'quick_check(10)'
  const integrity = (db.pragma(pragma) as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '')
  return {
    integrity,
    ok: integrity.length === 1 && integrity[0] === 'ok',
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    databaseBytes: fileBytes(file),
    walBytes: fileBytes(`${file}-wal`),
  }
}

/** Bytes the database file holds free (pages of deleted rows), which new rows take before the file grows. */
export function reusableBytes(db: Database): number {
  const free = db.pragma('freelist_count', { simple: true }) as number
  const pageSize = db.pragma('page_size', { simple: true }) as number
  return free * pageSize
}

const stepPages = 200

export type BackupResult = { file: string; bytes: number; attachments: PackedAttachments | null }

/**
 * An online backup (SQLite's backup API through better-sqlite3): the app may keep writing meanwhile, the
 * copy restarts as needed and is a consistent snapshot. With `attachmentsDir`, the attachments the copy's
 * templates and campaigns use are put into it (backup-attachments.ts), so the backup stays one file.
 * Written beside the target and renamed at the end.
 */
export async function backupDatabase(
  db: Database,
  target: string,
  onProgress: (progress: { totalPages: number; remainingPages: number }) => void = () => undefined,
  attachmentsDir?: string,
): Promise<BackupResult> {
  const partial = `${target}.partial`
  fs.rmSync(partial, { force: true })
  let remaining = Infinity
  let restarted = false
  let attachments: PackedAttachments | null = null
  try {
    await db.backup(partial, {
      progress: (p) => {
        onProgress(p)
        // A write from another connection restarts the copy; under steady writes it would never end,
        // so after a restart the rest is copied in one step (one read transaction, a consistent snapshot).
        restarted ||= p.remainingPages > remaining
        remaining = p.remainingPages
        return restarted ? Math.max(p.totalPages, 1) : stepPages
      },
    })
    if (attachmentsDir !== undefined) attachments = packAttachments(partial, attachmentsDir)
    fs.renameSync(partial, target)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    for (const suffix of ['-journal', '-wal', '-shm']) fs.rmSync(`${partial}${suffix}`, { force: true })
    throw error
  }
  return { file: target, bytes: fileBytes(target), attachments }
}

export type PruneCandidate = { id: number; name: string; createdAt: string; messages: number }

const pruneSelect = `SELECT c.id, c.name, c.created_at AS createdAt,
  (SELECT count(*) FROM messages m WHERE m.campaign_id = c.id) AS messages
  FROM campaigns c WHERE c.created_at < ? AND c.status NOT IN ('running', 'scheduled', 'paused')
  ORDER BY c.created_at`

/** Campaigns created before `cutoff` that pruning would delete (never one that is running or waiting). */
export function prunePreview(db: Database, cutoff: Date): PruneCandidate[] {
  return db.prepare(pruneSelect).all(cutoff.toISOString()) as PruneCandidate[]
}

/** Deletes what `prunePreview` lists, messages and events included, in one transaction. */
export function pruneCampaigns(db: Database, cutoff: Date): PruneCandidate[] {
  const remove = db.prepare('DELETE FROM campaigns WHERE id = ?')
  return db
    .transaction(() => {
      const gone = prunePreview(db, cutoff)
      for (const campaign of gone) remove.run(campaign.id)
      return gone
    })
    .immediate()
}

/** Lets SQLite refresh its statistics; `vacuum` also rewrites the file to give freed space back. */
export function optimizeDatabase(db: Database, options: { vacuum?: boolean } = {}): void {
  db.pragma('optimize')
  if (options.vacuum) {
    db.exec('VACUUM')
    db.pragma('wal_checkpoint(TRUNCATE)')
  }
}
