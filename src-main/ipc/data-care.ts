import fs from 'node:fs'
import path from 'node:path'
import type { AppContext } from '../context'
import { ReportsRepo } from '../db/repos/reports-repo'
import {
  backupDatabase,
  checkDatabase,
  optimizeDatabase,
  pruneCampaigns,
  prunePreview,
} from '../db/maintenance'
import { restoreDatabase, validateBackup } from '../db/restore'
import { AppError } from '../errors'
import { localDay } from '../reports/exports'
import type { Handlers } from './dispatch'
import { fileError, reportHandlers } from './reports'
import type { FileHandlerOptions, ReportChannels } from './reports'

export type DataCareChannels =
  | ReportChannels
  | 'db:health'
  | 'db:backup'
  | 'db:backups'
  | 'db:restore'
  | 'db:prune-preview'
  | 'db:prune'
  | 'db:optimize'

export type DataCareOptions = Partial<Omit<FileHandlerOptions, 'saved'>>

const backupFilters = [{ name: 'Herald backup', extensions: ['db'] }]
const sqliteHeader = 'SQLite format 3\0'
const dayMs = 86_400_000

export const backupsFolder = (ctx: Pick<AppContext, 'paths'>): string =>
  path.join(ctx.paths.dataDir, 'backups')

const sizeOf = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0)

function looksLikeSqlite(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r')
    try {
      const head = Buffer.alloc(sqliteHeader.length)
      fs.readSync(fd, head, 0, head.length, 0)
      return head.toString('latin1') === sqliteHeader
    } finally {
      fs.closeSync(fd)
    }
  } catch {
    return false
  }
}

/** The SQLite files in the backups folder, newest first. */
function listBackups(folder: string): { file: string; bytes: number; modifiedAt: string }[] {
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

const isInside = (folder: string, file: string): boolean => {
  const relative = path.relative(path.resolve(folder), path.resolve(file))
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

const backupName = (date: Date): string =>
  `herald-backup-${localDay(date)}-${String(date.getHours()).padStart(2, '0')}${String(date.getMinutes()).padStart(2, '0')}.db`

function restoreHandler(ctx: AppContext): Handlers['db:restore'] {
  return async ({ file }) => {
    const folder = backupsFolder(ctx)
    // The page may only name a backup from the list; any other file goes through the app's own dialog.
    if (file !== undefined && !isInside(folder, file)) {
      throw new AppError(
        'BAD_INPUT',
        `Choose a backup from the list (the files in ${folder}). Nothing was restored.`,
      )
    }
    const chosen =
      file ??
      (await ctx.desktop.chooseOpenFile({
        title: 'Choose a Herald backup',
        defaultPath: folder,
        filters: backupFilters,
      }))
    if (!chosen) return { status: 'cancelled' }
    validateBackup(chosen)
    ctx.record('db_restoring', `Restoring the database from ${chosen}; Herald restarts on it`)
    await ctx.campaigns.close()
    // The WhatsApp browser holds the session folder: it closes before the services start again.
    await ctx.whatsapp.close()
    ctx.close()
    try {
      const restored = restoreDatabase(ctx.paths.databasePath, chosen)
      return { status: 'restored', previous: restored.previous, campaigns: restored.campaigns }
    } finally {
      // Restored or not, the services start again: on the backup, or on the database left untouched.
      ctx.desktop.relaunch()
    }
  }
}

function dbHandlers(
  ctx: AppContext,
  options: FileHandlerOptions,
): Omit<Pick<Handlers, DataCareChannels>, ReportChannels> {
  const cutoff = (days: number): Date => new Date(options.now().getTime() - days * dayMs)
  return {
    // The quick check: it reads every page like the full one but skips the index cross-checks, so it
    // does not hold up sending for long on a large database.
    'db:health': () => {
      const health = checkDatabase(ctx.db, ctx.paths.databasePath, 'quick')
      return {
        ok: health.ok,
        integrity: health.integrity,
        schemaVersion: health.schemaVersion,
        databasePath: ctx.paths.databasePath,
        databaseBytes: health.databaseBytes,
        walBytes: health.walBytes,
        campaigns: ctx.campaigns.list().length,
        messages: new ReportsRepo(ctx.db).countMessages({}),
        backupsFolder: backupsFolder(ctx),
      }
    },
    'db:backup': async () => {
      const chosen = await ctx.desktop.chooseSaveFile({
        title: 'Back up Herald’s data',
        defaultPath: path.join(backupsFolder(ctx), backupName(options.now())),
        filters: backupFilters,
      })
      if (!chosen) return { status: 'cancelled' }
      const target = path.extname(chosen) === '' ? `${chosen}.db` : chosen
      const result = await backupDatabase(ctx.db, target).catch((error: unknown) => {
        throw fileError(error, target)
      })
      options.saved.add(path.resolve(result.file))
      ctx.record('db_backup', `Backed up the database to ${result.file}`, { bytes: result.bytes })
      return { status: 'saved', file: result.file, bytes: result.bytes, rows: 0 }
    },
    'db:backups': () => listBackups(backupsFolder(ctx)),
    'db:restore': restoreHandler(ctx),
    'db:prune-preview': ({ olderThanDays }) => {
      const at = cutoff(olderThanDays)
      const campaigns = prunePreview(ctx.db, at)
      return { cutoff: at.toISOString(), campaigns, messages: campaigns.reduce((n, c) => n + c.messages, 0) }
    },
    'db:prune': ({ olderThanDays }) => {
      const deleted = pruneCampaigns(ctx.db, cutoff(olderThanDays))
      ctx.record('db_pruned', `Deleted ${deleted.length} campaign(s) older than ${olderThanDays} days`, {
        ids: deleted.map((c) => c.id),
      })
      return { deleted }
    },
    'db:optimize': ({ vacuum }) => {
      const file = ctx.paths.databasePath
      const bytesBefore = sizeOf(file) + sizeOf(`${file}-wal`)
      optimizeDatabase(ctx.db, { vacuum })
      const bytesAfter = sizeOf(file) + sizeOf(`${file}-wal`)
      ctx.record('db_optimized', `Optimized the database (${bytesBefore} → ${bytesAfter} bytes)`)
      return { bytesBefore, bytesAfter }
    },
  }
}

/** Reports to files, and the database's care: health, backup, restore, retention, optimize. */
export function dataCareHandlers(
  ctx: AppContext,
  options: DataCareOptions = {},
): Pick<Handlers, DataCareChannels> {
  const resolved: FileHandlerOptions = {
    saved: new Set(),
    now: options.now ?? (() => new Date()),
    progressIntervalMs: options.progressIntervalMs ?? 100,
  }
  return { ...reportHandlers(ctx, resolved), ...dbHandlers(ctx, resolved) }
}
