import path from 'node:path'
import { phrase } from '../../src-shared/i18n/phrase'
import type { AppContext } from '../context'
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

export type DataCareOptions = Partial<FileHandlerOptions>

const backupFilters = [{ name: phrase('system.dialog.filter.backup'), extensions: ['db'] }]

const isInside = (folder: string, file: string): boolean => {
  const relative = path.relative(path.resolve(folder), path.resolve(file))
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

const backupName = (date: Date): string =>
  `herald-backup-${localDay(date)}-${String(date.getHours()).padStart(2, '0')}${String(date.getMinutes()).padStart(2, '0')}.db`

function restoreHandler(ctx: AppContext): Handlers['db:restore'] {
  return async ({ file }) => {
    const folder = ctx.dataCare.backupsFolder
    // The page may only name a backup from the list; any other file goes through the app's own dialog.
    if (file !== undefined && !isInside(folder, file)) {
      throw new AppError('BAD_INPUT', phrase('system.restore.fromList', { folder }))
    }
    const chosen =
      file ??
      (await ctx.desktop.chooseOpenFile({
        title: phrase('system.dialog.restore.title'),
        defaultPath: folder,
        filters: backupFilters,
      }))
    if (!chosen) return { status: 'cancelled' }
    const restored = await ctx.dataCare.restore(chosen, { restart: () => ctx.desktop.relaunch() })
    return {
      status: 'restored',
      previous: restored.previous,
      campaigns: restored.campaigns,
      attachments: restored.attachments?.files ?? 0,
      missingAttachments: restored.attachments?.missing.length ?? 0,
    }
  }
}

function dbHandlers(
  ctx: AppContext,
  options: FileHandlerOptions,
): Omit<Pick<Handlers, DataCareChannels>, ReportChannels> {
  return {
    'db:health': () => ctx.dataCare.health(),
    'db:backup': async () => {
      const chosen = await ctx.desktop.chooseSaveFile({
        title: phrase('system.dialog.backup.title'),
        defaultPath: path.join(ctx.dataCare.backupsFolder, backupName(options.now())),
        filters: backupFilters,
      })
      if (!chosen) return { status: 'cancelled' }
      const target = path.extname(chosen) === '' ? `${chosen}.db` : chosen
      const result = await ctx.dataCare.backup(target).catch((error: unknown) => {
        throw fileError(error, target)
      })
      options.saved.add(path.resolve(result.file))
      return { status: 'saved', file: result.file, bytes: result.bytes, rows: 0 }
    },
    'db:backups': () => ctx.dataCare.backups(),
    'db:restore': restoreHandler(ctx),
    'db:prune-preview': ({ olderThanDays }) => ctx.dataCare.pruneCandidates(olderThanDays, options.now()),
    'db:prune': ({ olderThanDays }) => {
      const pruned = ctx.dataCare.prune(olderThanDays, options.now())
      return { deleted: pruned.campaigns, removedAttachments: pruned.attachments }
    },
    'db:optimize': ({ vacuum }) => ctx.dataCare.optimize(vacuum),
  }
}

/** Reports to files, and the database's care: health, backup, restore, retention, optimize. */
export function dataCareHandlers(
  ctx: AppContext,
  options: DataCareOptions = {},
): Pick<Handlers, DataCareChannels> {
  const resolved: FileHandlerOptions = {
    saved: options.saved ?? new Set(),
    now: options.now ?? (() => new Date()),
    progressIntervalMs: options.progressIntervalMs ?? 100,
  }
  return { ...reportHandlers(ctx, resolved), ...dbHandlers(ctx, resolved) }
}
