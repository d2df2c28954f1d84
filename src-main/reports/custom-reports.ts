import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { ReportDefinition, ReportDefinitionInput } from '../../src-shared/domain/report-definitions'
import { ReportDefinitionSchema } from '../../src-shared/domain/report-definitions'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { countryOf } from '../analytics/sections'
import type { Clock } from '../clock'
import { compileReport } from '../db/report-compiler'
import type { CompiledReport, CompileOptions } from '../db/report-compiler'
import { SavedReportsRepo } from '../db/repos/saved-reports-repo'
import { AppError } from '../errors'
import type { RecordEvent } from '../logging/app-events'
import { writeCsv } from './csv'
import { customHeading, sayingIn } from './export-words'
import { assertWritable } from './exports'
import { writeJson } from './json'
import { localClock, machineTimeZone } from './local-time'
import type { Cell, ExportFormat, Report } from './report'
import { smallSection } from './report'
import { writeXlsx } from './xlsx'

export type SavedReport = { name: string; definition: ReportDefinition; createdAt: string; updatedAt: string }
/** A report's table: its columns, its rows (the first `limit` when asked), and how many rows it has. */
export type ReportRows = { columns: string[]; rows: Cell[][]; total: number }
export type CustomReportsDeps = { db: Database; record: RecordEvent; clock: Pick<Clock, 'now'> }

/** Zod's issues as sentences: which field, and what it allows. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
      return `${field === '' ? 'The definition' : field.replace(/^\./, '')}: ${issue.message}`
    })
    .join('\n')
}

/** Parses a definition; BAD_INPUT naming each field that is wrong and what it allows. */
export function parseDefinition(input: unknown): ReportDefinition {
  const parsed = ReportDefinitionSchema.safeParse(input)
  if (!parsed.success)
    throw new AppError(
      'BAD_INPUT',
      phrase('reporting.customReport.invalid', { issues: describeIssues(parsed.error) }),
    )
  return parsed.data
}

/** Saved custom reports: typed definitions compiled to one query, exported through the report writers. */
export class CustomReportsService {
  private readonly repo: SavedReportsRepo

  constructor(private readonly deps: CustomReportsDeps) {
    this.repo = new SavedReportsRepo(deps.db)
  }

  /** Saves the definition under its name, replacing a report of that name (whatever its case). */
  save(input: unknown): SavedReport {
    const definition = parseDefinition(input)
    const row = this.repo.save(
      definition.name,
      JSON.stringify(definition),
      new Date(this.deps.clock.now()).toISOString(),
    )
    this.deps.record('report_saved', `Saved the custom report ${definition.name}`)
    return this.saved(row)
  }

  list(): SavedReport[] {
    return this.repo.list().map((row) => this.saved(row))
  }

  /** NOT_FOUND when no report has that name. */
  get(name: string): SavedReport {
    const row = this.repo.get(name)
    if (!row) throw new AppError('NOT_FOUND', phrase('reporting.customReport.missing', { name }))
    return this.saved(row)
  }

  /** A copy under a new name; CONFLICT when that name is taken. */
  duplicate(name: string, newName: string): SavedReport {
    const { definition } = this.get(name)
    if (this.repo.get(newName))
      throw new AppError('CONFLICT', phrase('reporting.customReport.taken', { name: newName }))
    return this.save({ ...definition, name: newName })
  }

  delete(name: string): void {
    if (!this.repo.delete(name))
      throw new AppError('NOT_FOUND', phrase('reporting.customReport.missing', { name }))
    this.deps.record('report_deleted', `Deleted the custom report ${name}`)
  }

  /**
   * The report's table: a saved report by name, or a definition not saved. `limit` keeps the first rows
   * (a preview); `total` still says how many there are.
   */
  run(report: string | ReportDefinitionInput, options: { limit?: number } & CompileOptions = {}): ReportRows {
    const compiled = this.compile(report, options)
    const rows = this.repo.run(compiled) as Cell[][]
    const kept = options.limit === undefined ? rows : rows.slice(0, Math.max(0, options.limit))
    return { columns: compiled.columns, rows: kept, total: rows.length }
  }

  /**
   * The report's queries: which table answers its counts (a rollup when one can) and how its times are
   * read. `source: 'messages'` leaves the rollups out (the benchmark compares both).
   */
  compile(report: string | ReportDefinitionInput, options: CompileOptions = {}): CompiledReport {
    const definition = typeof report === 'string' ? this.get(report).definition : parseDefinition(report)
    return compileReport(definition, this.prefixCountries(definition), { source: options.source })
  }

  /**
   * The report for the writers, its columns named as in the definition (in English; in another language
   * `language`'s words for them).
   */
  report(report: string | ReportDefinitionInput, language?: Locale): Report {
    const definition = typeof report === 'string' ? this.get(report).definition : parseDefinition(report)
    const { columns, rows } = this.run(definition)
    const say = sayingIn(language)
    const cols = columns.map((key) => ({ key, label: customHeading(say, key) }))
    return {
      kind: 'custom',
      title: definition.name,
      sections: [smallSection('rows', definition.name, cols, rows)],
    }
  }

  /** Writes the report to `file`; returns the rows written. */
  async export(
    report: string | ReportDefinitionInput,
    request: { format: ExportFormat; file: string; force?: boolean; timeZone?: string; language?: Locale },
  ): Promise<number> {
    const built = this.report(report, request.language)
    await assertWritable(request.file, request.force ?? false)
    const clock = localClock(request.timeZone ?? machineTimeZone())
    const generatedAt = new Date(this.deps.clock.now()).toISOString()
    const rows =
      request.format === 'csv'
        ? await writeCsv(built, request.file, clock)
        : request.format === 'json'
          ? await writeJson([built], request.file, { generatedAt, campaign: null })
          : await writeXlsx([built], request.file, clock)
    this.deps.record(
      'report_exported',
      `Exported the custom report ${built.title} as ${request.format} to ${request.file}`,
      { rows },
    )
    return rows
  }

  // The country of each number prefix, told as the Dashboard tells it; only when the report needs it.
  private prefixCountries(definition: ReportDefinition): Record<string, string> {
    if (!definition.groupBy.includes('country') && definition.filters.countries === undefined) return {}
    const countries: Record<string, string> = {}
    for (const { prefix, sample } of this.repo.prefixSamples(definition.rows)) {
      const { country, callingCode } = countryOf(sample)
      countries[prefix] = country ?? `+${callingCode}`
    }
    return countries
  }

  private saved(row: {
    name: string
    definition: string
    createdAt: string
    updatedAt: string
  }): SavedReport {
    return {
      name: row.name,
      definition: parseDefinition(JSON.parse(row.definition)),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }
  }
}
