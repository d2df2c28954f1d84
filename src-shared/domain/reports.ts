import { z } from 'zod'
import { locales } from '../i18n/locales'

export const reportKinds = ['summary', 'messages', 'analytics', 'errors'] as const
export type ReportKind = (typeof reportKinds)[number]

export const exportFormats = ['csv', 'xlsx', 'json'] as const
export type ExportFormat = (typeof exportFormats)[number]

/**
 * The language of a report's file (CSV and Excel headings and words, the printed PDF): the window's when it
 * exports; English when left out (the command line's, unless `--language` is given).
 */
export const ReportLanguageSchema = z.enum(locales)

export const ExportInputSchema = z
  .object({
    /** Chosen by the screen, to match the progress events to this export. */
    exportId: z.string().min(1).max(100),
    reports: z.array(z.enum(reportKinds)).min(1).max(reportKinds.length),
    format: z.enum(exportFormats),
    /** All campaigns when left out. */
    campaignId: z.number().int().positive().optional(),
    /** The IANA time zone the screen shows times in, for the times of CSV and Excel files. */
    timeZone: z.string().min(1).max(64).optional(),
    language: ReportLanguageSchema.optional(),
  })
  .strict()

/** `cancelled`: the user closed the save dialog. */
export const SavedFileSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), file: z.string(), bytes: z.number().int(), rows: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
])
export type SavedFile = z.infer<typeof SavedFileSchema>

export const ExportProgressSchema = z.object({
  exportId: z.string(),
  rowsWritten: z.number().int(),
  totalRows: z.number().int(),
})
export type ExportProgress = z.infer<typeof ExportProgressSchema>

export const DatabaseHealthSchema = z.object({
  ok: z.boolean(),
  /** 'ok', or the first problems SQLite's integrity check found. */
  integrity: z.array(z.string()),
  schemaVersion: z.number().int(),
  databasePath: z.string(),
  databaseBytes: z.number().int(),
  walBytes: z.number().int(),
  campaigns: z.number().int(),
  messages: z.number().int(),
  backupsFolder: z.string(),
})
export type DatabaseHealth = z.infer<typeof DatabaseHealthSchema>

export const BackupFileSchema = z.object({
  file: z.string(),
  bytes: z.number().int(),
  modifiedAt: z.string(),
})

export const PruneCandidateSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  messages: z.number().int(),
})

export const PruneInputSchema = z.object({ olderThanDays: z.number().int().min(1).max(36_500) }).strict()

export const PrunePreviewSchema = z.object({
  cutoff: z.string(),
  campaigns: z.array(PruneCandidateSchema),
  messages: z.number().int(),
})
export type PrunePreview = z.infer<typeof PrunePreviewSchema>

export const RestoreResultSchema = z.discriminatedUnion('status', [
  /**
   * The database was replaced; Herald starts again on it (the window reloads). `attachments`: files the
   * backup put back; `missingAttachments`: files its templates and campaigns use that are still not there
   * (a database-only backup from an older Herald, restored on another computer). The WhatsApp login is
   * never in a backup: this computer keeps its own.
   */
  z.object({
    status: z.literal('restored'),
    previous: z.string().nullable(),
    campaigns: z.number().int(),
    attachments: z.number().int(),
    missingAttachments: z.number().int(),
  }),
  z.object({ status: z.literal('cancelled') }),
])
