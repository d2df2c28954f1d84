import fs from 'node:fs'
import type { Database } from 'better-sqlite3'
import { phrase } from '../../src-shared/i18n/phrase'
import type { RecordEvent } from '../logging/app-events'
import { ReportsRepo } from '../db/repos/reports-repo'
import { AppError } from '../errors'
import { exportReports } from './exports'
import type { ExportRequest, ExportResult } from './exports'

export type ReportsDeps = { db: Database; record: RecordEvent }

/** Reports to files (CSV, Excel, JSON, the printed PDF), for the app and the CLI alike. */
export class ReportsService {
  private readonly repo: ReportsRepo

  constructor(private readonly deps: ReportsDeps) {
    this.repo = new ReportsRepo(deps.db)
  }

  /** The name of the campaign a report is about; NOT_FOUND when it was deleted meanwhile. */
  campaignName(campaignId: number): string {
    const name = this.repo.campaignName(campaignId)
    if (name === undefined) throw new AppError('NOT_FOUND', phrase('reporting.campaignReport.campaignGone'))
    return name
  }

  /** How many messages every campaign holds together. */
  messageCount(): number {
    return this.repo.countMessages({})
  }

  /** Writes the reports to one file (a CSV file holds one report) and records it. */
  async export(request: ExportRequest): Promise<ExportResult> {
    const result = await exportReports(this.repo, request)
    const { reports, format, file, campaignId } = request
    this.deps.record('report_exported', `Exported ${reports.join(', ')} as ${format} to ${file}`, {
      rows: result.rows,
      campaignId,
    })
    return result
  }

  /** Saves a campaign's report as printed to PDF (by the desktop app's window) and records it. */
  async savePdf(campaignId: number, file: string, pdf: Buffer): Promise<void> {
    await fs.promises.writeFile(file, pdf)
    this.deps.record('report_pdf', `Saved the PDF report of campaign ${campaignId} to ${file}`)
  }
}
