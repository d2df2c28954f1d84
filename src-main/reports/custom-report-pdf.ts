import fs from 'node:fs'
import type { RecordEvent } from '../logging/app-events'

/** Writes a custom report's printed PDF (only the user can read it) and notes it in the app's history. */
export async function saveCustomReportPdf(
  record: RecordEvent,
  report: { name: string; file: string; pdf: Buffer },
): Promise<void> {
  await fs.promises.writeFile(report.file, report.pdf, { mode: 0o600 })
  record('report_pdf', `Saved the PDF of the custom report ${report.name} to ${report.file}`)
}
