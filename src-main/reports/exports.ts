import fs from 'node:fs'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import type { ReportsRepo } from '../db/repos/reports-repo'
import { writeCsv } from './csv'
import { buildReport } from './definitions'
import { writeJson } from './json'
import { localClock, machineTimeZone } from './local-time'
import type { ExportFormat, ExportProgress, ReportKind } from './report'
import { writeXlsx } from './xlsx'

export type ExportRequest = {
  reports: readonly ReportKind[]
  format: ExportFormat
  file: string
  campaignId?: number
  /** Replace a file that is already there. */
  force?: boolean
  onProgress?: (progress: ExportProgress) => void
  now?: () => Date
  /** The IANA zone CSV and XLSX show times in (the user's); the computer's when left out. JSON keeps UTC. */
  timeZone?: string
  /** The language of CSV and XLSX headings and words (the window's, or `--language`); English when left out. */
  language?: Locale
}

export type ExportResult = { file: string; rows: number; campaign: { id: number; name: string } | null }

const pad = (n: number): string => String(n).padStart(2, '0')

/** The local date as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The file name the app proposes: `<campaign name or all-campaigns>-<report>-<YYYY-MM-DD>.<ext>`, with
 * characters that Windows, macOS or Linux refuse in a name replaced and its length kept reasonable.
 */
export function exportFileName(
  campaignName: string | null,
  report: ReportKind | 'all',
  format: ExportFormat,
  date: Date,
): string {
  const cleaned = (campaignName ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim()
  const base = cleaned === '' ? 'all-campaigns' : cleaned.replace(/ /g, '-')
  return `${base}-${report}-${localDay(date)}.${format}`
}

export async function assertWritable(file: string, force: boolean): Promise<void> {
  const exists = await fs.promises.stat(file).then(
    (stat) => stat,
    () => undefined,
  )
  if (exists?.isDirectory()) throw new AppError('BAD_INPUT', phrase('exports.failure.folder', { file }))
  if (exists && !force) throw new AppError('CONFLICT', phrase('exports.failure.exists', { file }))
}

/**
 * Writes the reports to one file; a CSV file holds one report. Returns the rows written. CSV and XLSX are
 * headed and worded in the request's language; JSON, for programs, keeps English keys and stored codes.
 */
export async function exportReports(repo: ReportsRepo, request: ExportRequest): Promise<ExportResult> {
  const { format, file, campaignId } = request
  if (format === 'csv' && request.reports.length !== 1) {
    throw new AppError('BAD_INPUT', phrase('exports.failure.csvOneReport'))
  }
  let campaign: ExportResult['campaign'] = null
  if (campaignId !== undefined) {
    const name = repo.campaignName(campaignId)
    if (name === undefined)
      throw new AppError('NOT_FOUND', phrase('exports.failure.noCampaign', { id: String(campaignId) }))
    campaign = { id: campaignId, name }
  }
  const clock = localClock(request.timeZone ?? machineTimeZone())
  await assertWritable(file, request.force ?? false)
  const scope = campaignId === undefined ? {} : { campaignId }
  const reports = request.reports.map((kind) => buildReport(repo, kind, scope, request.language))
  const progress = request.onProgress
  const generatedAt = (request.now?.() ?? new Date()).toISOString()
  let rows: number
  if (format === 'csv' && reports[0]) rows = await writeCsv(reports[0], file, clock, progress)
  else if (format === 'json') rows = await writeJson(reports, file, { generatedAt, campaign }, progress)
  else rows = await writeXlsx(reports, file, clock, progress)
  return { file, rows, campaign }
}
