import fs from 'node:fs'
import path from 'node:path'
import type { ExportFormat, SavedFile } from '../../src-shared/domain/reports'
import { phrase } from '../../src-shared/i18n/phrase'
import type { AppContext } from '../context'
import type { FileFilter } from '../desktop'
import { AppError } from '../errors'
import { exportFileName, localDay } from '../reports/exports'
import { exportLeads } from '../inbox/leads-export'
import type { ExportProgress } from '../reports/report'
import type { Handlers } from './dispatch'

export type ReportChannels = 'reports:export' | 'reports:show-in-folder' | 'reports:pdf' | 'inbox:export'

export type FileHandlerOptions = {
  /** Files saved by this run: the only ones "show in folder" opens. */
  saved: Set<string>
  now: () => Date
  /** The shortest time between two progress events of one export (10 per second at most). */
  progressIntervalMs: number
}

export const formatFilters: Record<ExportFormat, FileFilter> = {
  csv: { name: phrase('system.dialog.filter.csv'), extensions: ['csv'] },
  xlsx: { name: phrase('system.dialog.filter.xlsx'), extensions: ['xlsx'] },
  json: { name: phrase('system.dialog.filter.json'), extensions: ['json'] },
}

export const pdfFilter: FileFilter = { name: phrase('system.dialog.filter.pdf'), extensions: ['pdf'] }

export const exportsFolder = (ctx: Pick<AppContext, 'paths'>): string =>
  path.join(ctx.paths.dataDir, 'exports')

// A name typed without its extension in a dialog still gets one, so a spreadsheet program knows the file.
export const withExtension = (file: string, ext: string): string =>
  path.extname(file).toLowerCase() === `.${ext}` ? file : `${file}.${ext}`

/** A file system failure in words: where, why, and what to try. */
export function fileError(error: unknown, file: string): unknown {
  if (error instanceof AppError) return error
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'denied'
      : code === 'ENOSPC'
        ? 'full'
        : code === 'ENOENT'
          ? 'noFolder'
          : code === 'EBUSY'
            ? 'busy'
            : null
  if (!why) return error
  return new AppError('UNAVAILABLE', phrase('reporting.file.notSaved', { file, why }))
}

/** Progress for one export, at most one event per interval, and always the last one. */
function throttledProgress(
  ctx: Pick<AppContext, 'events'>,
  exportId: string,
  intervalMs: number,
): { push: (progress: ExportProgress) => void; finish: (rows: number) => void } {
  let last = -Infinity
  let sentFinal = false
  return {
    push: ({ rowsWritten, totalRows }) => {
      const now = Date.now()
      const final = rowsWritten >= totalRows
      if (!final && now - last < intervalMs) return
      last = now
      sentFinal ||= final
      ctx.events.emit('reports:progress', { exportId, rowsWritten, totalRows })
    },
    finish: (rows) => {
      if (!sentFinal) ctx.events.emit('reports:progress', { exportId, rowsWritten: rows, totalRows: rows })
    },
  }
}

const campaignNameOf = (ctx: AppContext, campaignId: number | undefined): string | null =>
  campaignId === undefined ? null : ctx.reports.campaignName(campaignId)

function exportHandler(ctx: AppContext, options: FileHandlerOptions): Handlers['reports:export'] {
  return async ({ exportId, reports, format, campaignId, timeZone, language }) => {
    if (format === 'csv' && reports.length > 1) {
      throw new AppError('BAD_INPUT', phrase('reporting.campaignReport.csvOneReport'))
    }
    const name = campaignNameOf(ctx, campaignId)
    const proposed = exportFileName(name, reports.length === 1 ? reports[0]! : 'all', format, options.now())
    const chosen = await ctx.desktop.chooseSaveFile({
      title: phrase('system.dialog.saveReport.title'),
      defaultPath: path.join(exportsFolder(ctx), proposed),
      filters: [formatFilters[format]],
    })
    if (!chosen) return { status: 'cancelled' }
    const file = withExtension(chosen, format)
    const progress = throttledProgress(ctx, exportId, options.progressIntervalMs)
    let rows: number
    try {
      // The dialog already asked before replacing a file, and the browser run picks a free name.
      const result = await ctx.reports.export({
        reports,
        format,
        file,
        campaignId,
        timeZone,
        language,
        force: true,
        onProgress: progress.push,
      })
      rows = result.rows
    } catch (error) {
      throw fileError(error, file)
    }
    progress.finish(rows)
    options.saved.add(path.resolve(file))
    return { status: 'saved', file, bytes: fs.statSync(file).size, rows }
  }
}

function pdfHandler(ctx: AppContext, options: FileHandlerOptions): Handlers['reports:pdf'] {
  return async ({ campaignId, language }): Promise<SavedFile> => {
    if (!ctx.desktop.printToPdf) {
      throw new AppError('UNAVAILABLE', phrase('reporting.campaignReport.pdfInBrowser'))
    }
    const name = campaignNameOf(ctx, campaignId)
    // The same cleaned-up name as the other reports, with "report" and .pdf in place of the kind and format.
    const proposed = exportFileName(name, 'all', 'json', options.now()).replace(
      /-all-(.*)\.json$/,
      '-report-$1.pdf',
    )
    const chosen = await ctx.desktop.chooseSaveFile({
      title: phrase('system.dialog.savePdf.title'),
      defaultPath: path.join(exportsFolder(ctx), proposed),
      filters: [pdfFilter],
    })
    if (!chosen) return { status: 'cancelled' }
    const file = withExtension(chosen, 'pdf')
    const pdf = await ctx.desktop.printToPdf(campaignId, language)
    try {
      await ctx.reports.savePdf(campaignId, file, pdf)
    } catch (error) {
      throw fileError(error, file)
    }
    options.saved.add(path.resolve(file))
    return { status: 'saved', file, bytes: pdf.length, rows: 0 }
  }
}

/** The Inbox's leads, filtered as the screen shows them, to a CSV or Excel file. */
function leadsHandler(ctx: AppContext, options: FileHandlerOptions): Handlers['inbox:export'] {
  return async ({ query, format, timeZone, language }) => {
    const proposed = `leads-${localDay(options.now())}.${format}`
    const chosen = await ctx.desktop.chooseSaveFile({
      title: phrase('system.dialog.saveLeads.title'),
      defaultPath: path.join(exportsFolder(ctx), proposed),
      filters: [formatFilters[format]],
    })
    if (!chosen) return { status: 'cancelled' }
    const file = withExtension(chosen, format)
    let rows: number
    try {
      rows = await exportLeads(ctx.inbox.store, { query, format, file, timeZone, language })
    } catch (error) {
      throw fileError(error, file)
    }
    options.saved.add(path.resolve(file))
    return { status: 'saved', file, bytes: fs.statSync(file).size, rows }
  }
}

/** Reports to files: exports with progress, the PDF report, and showing a saved file in its folder. */
export function reportHandlers(ctx: AppContext, options: FileHandlerOptions): Pick<Handlers, ReportChannels> {
  return {
    'reports:export': exportHandler(ctx, options),
    'reports:pdf': pdfHandler(ctx, options),
    'inbox:export': leadsHandler(ctx, options),
    'reports:show-in-folder': ({ file }) => {
      const known = options.saved.has(path.resolve(file)) && fs.existsSync(file)
      return { shown: known && ctx.desktop.showInFolder(file) }
    },
  }
}
