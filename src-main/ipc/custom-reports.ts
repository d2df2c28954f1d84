import fs from 'node:fs'
import path from 'node:path'
import { reportPrintRoute } from '../../src-shared/domain/custom-reports'
import type { SavedFile } from '../../src-shared/domain/reports'
import { phrase } from '../../src-shared/i18n/phrase'
import type { AppContext } from '../context'
import { AppError } from '../errors'
import { saveCustomReportPdf } from '../reports/custom-report-pdf'
import { exportFileName } from '../reports/exports'
import type { Handlers } from './dispatch'
import { exportsFolder, fileError, formatFilters, pdfFilter, withExtension } from './reports'
import type { FileHandlerOptions } from './reports'

export type CustomReportChannels =
  | 'customReports:list'
  | 'customReports:save'
  | 'customReports:duplicate'
  | 'customReports:delete'
  | 'customReports:preview'
  | 'customReports:export'
  | 'customReports:pdf'

type Options = Pick<FileHandlerOptions, 'saved' | 'now'>
/** What these channels use of a running Herald. */
export type CustomReportsCtx = Pick<AppContext, 'customReports' | 'desktop' | 'paths' | 'record'>

// The report's name cleaned up as every export's is, without a report kind: "Daily-by-variant-2026-03-01.csv"
const proposedFile = (name: string, ext: 'csv' | 'xlsx' | 'json' | 'pdf', now: Date): string =>
  exportFileName(name, 'all', ext === 'pdf' ? 'json' : ext, now).replace(
    /-all-(\d{4}-\d{2}-\d{2})\.\w+$/,
    `-$1.${ext}`,
  )

/** The same name, whatever its case, as the saved reports find it. */
const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase()

function saveHandler(ctx: CustomReportsCtx): Handlers['customReports:save'] {
  return ({ definition, replace }) => {
    const taken = ctx.customReports.list().find((report) => sameName(report.name, definition.name))
    if (taken && !replace) {
      throw new AppError('CONFLICT', phrase('reporting.customReport.takenReplace', { name: taken.name }))
    }
    return ctx.customReports.save(definition)
  }
}

function previewHandler(ctx: CustomReportsCtx): Handlers['customReports:preview'] {
  return ({ definition, limit }) => {
    const { columns, rows } = ctx.customReports.run(definition)
    // The measures over everything the filters keep: rates and times of the whole, not sums of the rows'
    const totals =
      definition.groupBy.length === 0
        ? (rows[0] ?? [])
        : (ctx.customReports.run({ ...definition, groupBy: [] }).rows[0] ?? [])
    return { columns, rows: rows.slice(0, limit), total: rows.length, totals }
  }
}

function exportHandler(ctx: CustomReportsCtx, options: Options): Handlers['customReports:export'] {
  return async ({ definition, format, timeZone, language }): Promise<SavedFile> => {
    const chosen = await ctx.desktop.chooseSaveFile({
      title: phrase('system.dialog.saveReport.title'),
      defaultPath: path.join(exportsFolder(ctx), proposedFile(definition.name, format, options.now())),
      filters: [formatFilters[format]],
    })
    if (!chosen) return { status: 'cancelled' }
    const file = withExtension(chosen, format)
    let rows: number
    try {
      // The dialog already asked before replacing a file, and the browser run picks a free name.
      rows = await ctx.customReports.export(definition, { format, file, force: true, timeZone, language })
    } catch (error) {
      throw fileError(error, file)
    }
    options.saved.add(path.resolve(file))
    return { status: 'saved', file, bytes: fs.statSync(file).size, rows }
  }
}

function pdfHandler(ctx: CustomReportsCtx, options: Options): Handlers['customReports:pdf'] {
  return async ({ definition, language }): Promise<SavedFile> => {
    if (!ctx.desktop.printPageToPdf) {
      throw new AppError('UNAVAILABLE', phrase('reporting.customReport.pdfInBrowser'))
    }
    const chosen = await ctx.desktop.chooseSaveFile({
      title: phrase('system.dialog.savePdf.title'),
      defaultPath: path.join(exportsFolder(ctx), proposedFile(definition.name, 'pdf', options.now())),
      filters: [pdfFilter],
    })
    if (!chosen) return { status: 'cancelled' }
    const file = withExtension(chosen, 'pdf')
    const pdf = await ctx.desktop.printPageToPdf(reportPrintRoute(definition, { language }))
    try {
      await saveCustomReportPdf(ctx.record, { name: definition.name, file, pdf })
    } catch (error) {
      throw fileError(error, file)
    }
    options.saved.add(path.resolve(file))
    return { status: 'saved', file, bytes: pdf.length, rows: 0 }
  }
}

/** The report builder's channels: saved reports, the live preview, and the report to a file. */
export function customReportHandlers(
  ctx: CustomReportsCtx,
  options: Options,
): Pick<Handlers, CustomReportChannels> {
  return {
    'customReports:list': () => ctx.customReports.list(),
    'customReports:save': saveHandler(ctx),
    'customReports:duplicate': ({ name, newName }) => ctx.customReports.duplicate(name, newName),
    'customReports:delete': ({ name }) => {
      ctx.customReports.delete(name)
      return null
    },
    'customReports:preview': previewHandler(ctx),
    'customReports:export': exportHandler(ctx, options),
    'customReports:pdf': pdfHandler(ctx, options),
  }
}
