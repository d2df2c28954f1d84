import fs from 'node:fs'
import path from 'node:path'
import type { AppContext } from '../../context'
import { AppError } from '../../errors'
import type { SavedReport } from '../../reports/custom-reports'
import { exportFormats } from '../../reports/report'
import type { ExportFormat } from '../../reports/report'
import { optionsOf } from '../command'
import type { CommandOn } from '../command'
import { UsageError } from '../io'
import type { CliIo } from '../io'
import { printList } from '../io'
import { languageOf } from './export'
import { columns } from './lists'
import { scheduleAction, scheduleOptions, scheduleUsage } from './report-schedules'

/** What `herald reports` needs from the data folder: the saved custom reports and their schedules. */
export type ReportsCtx = Pick<AppContext, 'customReports' | 'reportSchedules'>

const usage = [
  'herald reports save --file DEF.json      save a custom report (its definition: see the README)',
  'herald reports list [--json]             show the saved custom reports',
  'herald reports run NAME --format csv|xlsx|json --out FILE [--force] [--language LANG]',
  '    Writes the saved report NAME; an existing FILE is kept unless --force is given. --language: its',
  '    headings in that language (es, pt-BR, fr, id, hi, ar) rather than the definition’s names.',
  ...scheduleUsage,
].join('\n')

function definitionIn(file: unknown): unknown {
  if (typeof file !== 'string' || file === '')
    throw new UsageError('Give the definition file with --file DEF.json.', usage)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new AppError('NOT_FOUND', `Cannot read ${file}; check the path.`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new AppError('BAD_INPUT', `${file} is not JSON: ${(error as Error).message}`)
  }
}

function reportTable(reports: SavedReport[]): string {
  return columns(
    ['Name', 'Group by', 'Measures', 'Updated'],
    reports.map((r) => [
      r.name,
      r.definition.groupBy.join(', ') || '(all)',
      r.definition.measures.join(', '),
      r.updatedAt.slice(0, 10),
    ]),
  )
}

function save(ctx: ReportsCtx, file: unknown, json: boolean, io: CliIo): number {
  const saved = ctx.customReports.save(definitionIn(file))
  io.out(
    json
      ? JSON.stringify(saved)
      : `Saved the report "${saved.name}". Run it with: herald reports run "${saved.name}" --format csv --out FILE`,
  )
  return 0
}

async function run(
  ctx: ReportsCtx,
  name: string | undefined,
  values: Record<string, unknown>,
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (!name) throw new UsageError('Which report? Give its name (see herald reports list).', usage)
  if (typeof values.out !== 'string' || values.out === '')
    throw new UsageError('Give the file to write with --out FILE.', usage)
  const file = path.resolve(values.out)
  const format = typeof values.format === 'string' ? values.format : path.extname(file).slice(1).toLowerCase()
  if (!(exportFormats as readonly string[]).includes(format))
    throw new UsageError('Give --format csv, xlsx or json.', usage)
  const rows = await ctx.customReports.export(name, {
    format: format as ExportFormat,
    file,
    force: values.force === true,
    language: languageOf(values.language, usage),
  })
  io.out(
    json
      ? JSON.stringify({ file, format, report: name, rows })
      : `Wrote ${rows.toLocaleString('en')} rows to ${file}`,
  )
  return 0
}

export const reportsCommand: CommandOn<ReportsCtx> = {
  name: 'reports',
  summary: 'Custom reports: save a definition, list them, run one to CSV, Excel or JSON, schedule one',
  usage,
  options: {
    ...optionsOf(['file', 'format', 'language'], ['force']),
    out: { type: 'string', short: 'o' },
    ...scheduleOptions,
  },
  async run(ctx, { positionals, values, json }, io) {
    const [action, ...rest] = positionals
    if (action === 'save' || action === 'list') {
      if (rest.length > 0) throw new UsageError(`Unexpected "${rest[0]}".`, usage)
      if (action === 'save') return save(ctx, values.file, json, io)
      printList(
        io,
        json,
        ctx.customReports.list(),
        'No saved reports yet. Save one with: herald reports save --file DEF.json',
        reportTable,
      )
      return 0
    }
    if (action === 'schedule' || action === 'schedules')
      return scheduleAction(ctx, action, rest, { values, json }, io)
    if (action === 'run') {
      if (rest.length > 1) throw new UsageError(`Unexpected "${rest[1]}".`, usage)
      return run(ctx, rest[0], values, json, io)
    }
    throw new UsageError(action ? `Unknown reports action "${action}".` : 'Which action?', usage)
  },
}
