import { z } from 'zod'
import type { Locale } from '../i18n/locales'
import { ReportDefinitionSchema } from './report-definitions'
import type { ReportDefinitionInput } from './report-definitions'
import { exportFormats, ReportLanguageSchema } from './reports'

// What the report builder screen and the main process exchange about saved custom reports; the definition
// itself (rows, filters, groups, measures) is report-definitions.ts.

/** The most rows a preview brings back: the screen shows some of them, the printed page more. */
export const maxPreviewRows = 2000

/** A report's name as the user typed it; the main process finds it whatever its case. */
export const ReportNameSchema = z.string().trim().min(1).max(100)

export const SavedReportSchema = z.object({
  name: z.string(),
  definition: ReportDefinitionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type SavedReport = z.infer<typeof SavedReportSchema>

/** One cell of a report's table: a group's value (a day, a campaign's name…) or a measure. */
export const ReportCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])
export type ReportCell = z.infer<typeof ReportCellSchema>

export const ReportPreviewSchema = z.object({
  /** Group columns named as in `groupBy`, then measure columns as in `measures`. */
  columns: z.array(z.string()),
  /** The first rows, at most the `limit` asked for. */
  rows: z.array(z.array(ReportCellSchema)),
  /** How many rows the whole report has. */
  total: z.number().int(),
  /** Every measure over all the rows (rates and times computed over the whole, not added up). */
  totals: z.array(ReportCellSchema),
})
export type ReportPreview = z.infer<typeof ReportPreviewSchema>

/** Saving under a name another report has is refused (CONFLICT) unless `replace` says the user agreed. */
export const SaveReportInputSchema = z
  .object({ definition: ReportDefinitionSchema, replace: z.boolean().default(false) })
  .strict()

export const DuplicateReportInputSchema = z
  .object({ name: ReportNameSchema, newName: ReportNameSchema })
  .strict()

/** A definition as the builder has it, saved or not. */
/** A report as the form stands, printed (the PDF) in `language`: the window's when left out. */
export const ReportDraftInputSchema = z
  .object({ definition: ReportDefinitionSchema, language: ReportLanguageSchema.optional() })
  .strict()

export const PreviewReportInputSchema = z
  .object({
    definition: ReportDefinitionSchema,
    limit: z.number().int().min(1).max(maxPreviewRows).default(200),
  })
  .strict()

export const ExportReportInputSchema = z
  .object({
    definition: ReportDefinitionSchema,
    format: z.enum(exportFormats),
    /** The IANA time zone the screen shows times in. */
    timeZone: z.string().min(1).max(64).optional(),
    /** The language of the headings (English, the definition's names, when left out). */
    language: ReportLanguageSchema.optional(),
  })
  .strict()

/** The renderer's route of a report's printed page; the PDF is printed from it. */
export const reportPrintPath = '/reports/print'

/** The printed page of this definition (saved or not), as a hash route with the definition in its query. */
export function reportPrintRoute(
  definition: ReportDefinitionInput,
  options: { print?: boolean; language?: Locale } = {},
): string {
  const query = new URLSearchParams({ definition: JSON.stringify(definition) })
  if (options.print) query.set('print', '1')
  // The page in the language the PDF was asked in, whatever the window shows (i18n-provider.tsx)
  if (options.language) query.set('lang', options.language)
  return `${reportPrintPath}?${query.toString()}`
}
