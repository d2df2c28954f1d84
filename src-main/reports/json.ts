import { FileSink } from './file-sink'
import type { Cell, Column, ExportProgress, Report } from './report'

const record = (cols: readonly Column[], cells: readonly Cell[]): string =>
  JSON.stringify(Object.fromEntries(cols.map((c, i) => [c.key, cells[i] ?? null])))

/**
 * Streams the reports as one JSON document: `{ generatedAt, campaign, <report>: { <table>: [rows] } }`,
 * each row an object keyed by column. Rows go out page by page, never the whole array at once.
 */
export async function writeJson(
  reports: readonly Report[],
  file: string,
  meta: { generatedAt: string; campaign: { id: number; name: string } | null },
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<number> {
  const sink = await FileSink.open(file)
  const totalRows = reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.total, 0), 0)
  let rowsWritten = 0
  try {
    await sink.write(
      `{"generatedAt":${JSON.stringify(meta.generatedAt)},"campaign":${JSON.stringify(meta.campaign)}`,
    )
    for (const report of reports) {
      await sink.write(`,\n${JSON.stringify(report.kind)}:{`)
      for (const [i, section] of report.sections.entries()) {
        await sink.write(`${i > 0 ? ',' : ''}\n${JSON.stringify(section.key)}:[`)
        let first = true
        for (const page of section.pages()) {
          const text = page.map((cells) => record(section.columns, cells)).join(',\n')
          if (page.length > 0) await sink.write(`${first ? '\n' : ',\n'}${text}`)
          first = first && page.length === 0
          rowsWritten += page.length
          onProgress({ rowsWritten, totalRows })
        }
        await sink.write(']')
      }
      await sink.write('}')
    }
    await sink.write('}\n')
    await sink.finish()
  } catch (error) {
    await sink.abandon()
    throw error
  }
  return rowsWritten
}
