import fs from 'node:fs'
import path from 'node:path'
import type { Database } from 'better-sqlite3'
import type { DatabaseHealth as HealthCard, PrunePreview } from '../../src-shared/domain/reports'
import { attachmentsDirOf } from '../campaign/attachments'
import type { RecordEvent } from '../logging/app-events'
import { referencedAttachments } from '../db/backup-attachments'
import {
  backupDatabase,
  checkDatabase,
  fileBytes,
  optimizeDatabase,
  pruneCampaigns,
  prunePreview,
} from '../db/maintenance'
import type { BackupResult, DatabaseHealth, PruneCandidate } from '../db/maintenance'
import { looksLikeSqlite, restoreDatabase, validateBackup } from '../db/restore'
import type { RestoreResult } from '../db/restore'
import type { DiskRoom } from '../disk-space'
import type { DataPaths } from '../paths'
import { attachmentGraceMs, removeUnusedAttachments } from './unused-attachments'
import type { RemovedAttachments } from './unused-attachments'

export type DataCareDeps = {
  db: Database
  paths: DataPaths
  record: RecordEvent
  /** How many campaigns and messages the database holds, for the health card. */
  counts(): { campaigns: number; messages: number }
  /** Closes every service in the safe order (AppContext.shutdown): a restore replaces the file under them. */
  shutdown(): Promise<void>
  /** How a full disk is put into words (AppContext.disk). */
  disk?: Pick<DiskRoom, 'explain'>
}

export type BackupFile = { file: string; bytes: number; modifiedAt: string }

/** What pruning deleted: the campaigns, and the attachment files nothing uses any more. */
export type PruneResult = PrunePreview & { attachments: RemovedAttachments }

export type RestoreOptions = {
  /** Starts Herald again once its services are closed, whether the restore went through or not. */
  restart?: () => void
  /** The date in the name the previous database is kept under. */
  now?: Date
}

const dayMs = 86_400_000

/**
 * The database's care, for the app's Settings and the CLI's `herald db` alike: health, backups, restore,
 * retention (pruning old campaigns and the attachments nothing uses) and optimizing. What changes the
 * data is recorded as an app event.
 *
 * A backup is one file: the SQLite copy, with the attachments its templates and campaigns use in a table
 * of its own (backup-attachments.ts); a restore puts them back and keeps the database without it. The
 * WhatsApp login is never in a backup: whoever holds the file could otherwise send as the user.
 */
export class DataCareService {
  /** Where the app proposes to keep backups, and lists them from. */
  readonly backupsFolder: string
  private readonly attachmentsDir: string

  constructor(private readonly deps: DataCareDeps) {
    this.backupsFolder = path.join(deps.paths.dataDir, 'backups')
    this.attachmentsDir = attachmentsDirOf(deps.paths.dataDir)
  }

  /** Integrity (the full check, or the quick one that skips index cross-checks) and the file sizes. */
  check(mode: 'full' | 'quick' = 'full'): DatabaseHealth {
    return checkDatabase(this.deps.db, this.deps.paths.databasePath, mode)
  }

  /**
   * The health card: the quick check, which reads every page like the full one but skips the index
   * cross-checks, so it does not hold up sending for long on a large database.
   */
  health(): HealthCard {
    const health = this.check('quick')
    return {
      ok: health.ok,
      integrity: health.integrity,
      schemaVersion: health.schemaVersion,
      databasePath: this.deps.paths.databasePath,
      databaseBytes: health.databaseBytes,
      walBytes: health.walBytes,
      ...this.deps.counts(),
      backupsFolder: this.backupsFolder,
    }
  }

  /** An online backup to `target` (safe while campaigns send) with the attachments in use, recorded. */
  async backup(target: string): Promise<BackupResult> {
    const file = this.deps.paths.databasePath
    const need = { action: { kind: 'backup' } as const, bytes: fileBytes(file) + fileBytes(`${file}-wal`) }
    const result = await backupDatabase(this.deps.db, target, undefined, this.attachmentsDir).catch(
      (error: unknown) => {
        throw this.deps.disk ? this.deps.disk.explain(error, need, target) : error
      },
    )
    this.deps.record('db_backup', `Backed up the database to ${result.file}`, {
      bytes: result.bytes,
      attachments: result.attachments?.files,
      missingAttachments: result.attachments?.missing,
    })
    return result
  }

  /** The SQLite files in the backups folder, newest first. */
  backups(): BackupFile[] {
    const folder = this.backupsFolder
    if (!fs.existsSync(folder)) return []
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.db'))
      .map((entry) => path.join(folder, entry.name))
      .filter(looksLikeSqlite)
      .map((file) => {
        const stat = fs.statSync(file)
        return { file, bytes: stat.size, modifiedAt: stat.mtime.toISOString(), mtime: stat.mtimeMs }
      })
      .sort((a, b) => b.mtime - a.mtime)
      .map(({ file, bytes, modifiedAt }) => ({ file, bytes, modifiedAt }))
  }

  /**
   * Replaces the database with a backup, once it has passed the checks: the services close first (in the
   * safe order), the previous database is kept beside the restored one, and `restart` runs last.
   */
  async restore(file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
    validateBackup(file)
    const then = options.restart ? '; Herald restarts on it' : ''
    this.deps.record('db_restoring', `Restoring the database from ${file}${then}`)
    await this.deps.shutdown()
    try {
      return restoreDatabase(this.deps.paths.databasePath, file, options.now, this.attachmentsDir)
    } finally {
      // Restored or not, the services start again: on the backup, or on the database left untouched.
      options.restart?.()
    }
  }

  /** The campaigns created more than `olderThanDays` before `now` that pruning would delete. */
  pruneCandidates(olderThanDays: number, now: Date): PrunePreview {
    const cutoff = cutoffOf(olderThanDays, now)
    return preview(cutoff, prunePreview(this.deps.db, cutoff))
  }

  /**
   * Deletes what `pruneCandidates` lists (never a campaign that is sending or waiting), then the
   * attachment files no template or campaign uses any more; recorded.
   */
  prune(olderThanDays: number, now: Date): PruneResult {
    const cutoff = cutoffOf(olderThanDays, now)
    const deleted = pruneCampaigns(this.deps.db, cutoff)
    const attachments = this.removeUnusedAttachments()
    this.deps.record('db_pruned', `Deleted ${deleted.length} campaign(s) older than ${olderThanDays} days`, {
      ids: deleted.map((c) => c.id),
      attachments,
    })
    return { ...preview(cutoff, deleted), attachments }
  }

  /**
   * Removes the attachment files no template or campaign uses, except those stored in the last day (a
   * file attached in Compose is stored before its template is saved). Never one still in use.
   */
  removeUnusedAttachments(): RemovedAttachments {
    const inUse = referencedAttachments(this.deps.db)
    return removeUnusedAttachments(this.attachmentsDir, inUse, new Date(Date.now() - attachmentGraceMs))
  }

  /** Lets SQLite refresh its statistics; `vacuum` also gives the space of deleted rows back. */
  optimize(vacuum: boolean): { bytesBefore: number; bytesAfter: number } {
    const file = this.deps.paths.databasePath
    const bytesBefore = fileBytes(file) + fileBytes(`${file}-wal`)
    optimizeDatabase(this.deps.db, { vacuum })
    const bytesAfter = fileBytes(file) + fileBytes(`${file}-wal`)
    this.deps.record('db_optimized', `Optimized the database (${bytesBefore} → ${bytesAfter} bytes)`)
    return { bytesBefore, bytesAfter }
  }
}

const cutoffOf = (days: number, now: Date): Date => new Date(now.getTime() - days * dayMs)

const preview = (cutoff: Date, campaigns: PruneCandidate[]): PrunePreview => ({
  cutoff: cutoff.toISOString(),
  campaigns,
  messages: campaigns.reduce((n, c) => n + c.messages, 0),
})
