import path from 'node:path'
import { locales } from '../../../src-shared/i18n/locales'
import type { Locale } from '../../../src-shared/i18n/locales'
import type { AppContext } from '../../context'
import { exportFormats, reportKinds } from '../../reports/report'
import type { ExportFormat, ReportKind } from '../../reports/report'
import { optionsOf } from '../command'
import type { CommandArgs, CommandOn } from '../command'
import { UsageError } from '../io'

/** What `herald export` needs from the data folder: its reports. */
export type ExportCtx = Pick<AppContext, 'reports'>

export type ExportCommand = CommandOn<ExportCtx>

const usage = [
  'herald export summary|messages|analytics|errors|all [--campaign ID] --format csv|xlsx|json --out FILE [--force]',
  '              [--language LANG]',
  '  Writes a report of one campaign, or of all campaigns when --campaign is left out.',
  '  csv: UTF-8 with BOM, for Excel; one report per file. xlsx: one sheet per table. json: one document.',
  '  An existing FILE is kept unless --force is given.',
  `  --language: the words of a csv or xlsx file, in ${locales.join(', ')} (English when left out).`,
].join('\n')

const isKind = (word: string | undefined): word is ReportKind =>
  (reportKinds as readonly string[]).includes(word ?? '')
const isFormat = (word: string): word is ExportFormat => (exportFormats as readonly string[]).includes(word)

function campaignOf(value: CommandArgs['values'][string]): number | undefined {
  if (typeof value !== 'string') return undefined
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0)
    throw new UsageError(`--campaign takes a campaign ID, not "${String(value)}".`, usage)
  return id
}

/**
 * `--language xx`: the language of a file's headings and words (shared by every command that exports);
 * English when it is left out.
 */
export function languageOf(value: unknown, usage: string): Locale | undefined {
  if (value === undefined) return undefined
  const asked = typeof value === 'string' ? value.toLowerCase() : ''
  const language = locales.find((locale) => locale.toLowerCase() === asked)
  if (!language) throw new UsageError(`--language takes one of: ${locales.join(', ')}.`, usage)
  return language
}

function formatOf(value: unknown, out: string): ExportFormat {
  const format = typeof value === 'string' ? value : path.extname(out).slice(1).toLowerCase()
  if (!isFormat(format)) throw new UsageError('Give --format csv, xlsx or json.', usage)
  return format
}

export const exportCommand: ExportCommand = {
  name: 'export',
  summary: 'Write a report (summary, messages, analytics, errors) as CSV, Excel or JSON',
  usage,
  options: {
    ...optionsOf(['campaign', 'format', 'language'], ['force']),
    out: { type: 'string', short: 'o' },
  },
  async run(ctx, { positionals, values, json }, io) {
    const [report, ...extra] = positionals
    if (extra.length > 0) throw new UsageError(`Unexpected "${extra[0]}".`, usage)
    if (report !== 'all' && !isKind(report)) {
      throw new UsageError(report ? `Unknown report "${report}".` : 'Which report?', usage)
    }
    if (typeof values.out !== 'string' || values.out === '')
      throw new UsageError('Give the file to write with --out FILE.', usage)
    const file = path.resolve(values.out)
    const format = formatOf(values.format, file)
    const result = await ctx.reports.export({
      reports: report === 'all' ? reportKinds : [report],
      format,
      file,
      campaignId: campaignOf(values.campaign),
      force: values.force === true,
      language: languageOf(values.language, usage),
    })
    if (json) io.out(JSON.stringify({ file, format, report, rows: result.rows, campaign: result.campaign }))
    else io.out(`Wrote ${result.rows.toLocaleString('en')} rows to ${file}`)
    return 0
  },
}
