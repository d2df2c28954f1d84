import type { Database, Statement } from 'better-sqlite3'
import type { ReportRowKind } from '../../../src-shared/domain/report-definitions'
import type { CompiledReport } from '../report-compiler'
import { prefixSamplesSql, replyPrefixSamplesSql } from '../report-compiler'
import { runReport } from '../report-runner'

/** A saved report as stored: its definition is JSON, parsed again by the service. */
export type SavedReportRow = {
  id: number
  name: string
  definition: string
  createdAt: string
  updatedAt: string
}

const columns = 'id, name, definition, created_at AS createdAt, updated_at AS updatedAt'

/** The saved custom reports (migration 0021), and running a compiled report. */
export class SavedReportsRepo {
  private readonly listStmt: Statement<[], SavedReportRow>
  private readonly getStmt: Statement<[string], SavedReportRow>
  private readonly upsertStmt: Statement<[{ name: string; definition: string; at: string }]>
  private readonly deleteStmt: Statement<[string]>
  private readonly prefixesStmt: Statement<[], { prefix: string; sample: string }>
  private readonly replyPrefixesStmt: Statement<[], { prefix: string; sample: string }>

  constructor(private readonly db: Database) {
    this.listStmt = db.prepare(`SELECT ${columns} FROM saved_reports ORDER BY name COLLATE NOCASE`)
    this.getStmt = db.prepare(`SELECT ${columns} FROM saved_reports WHERE name = ? COLLATE NOCASE`)
    // Saving under a name already there (whatever its case) replaces that report, under the new spelling
    this.upsertStmt = db.prepare(
      `INSERT INTO saved_reports (name, definition, created_at, updated_at) VALUES (@name, @definition, @at, @at)
       ON CONFLICT (name COLLATE NOCASE) DO UPDATE
         SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at`,
    )
    this.deleteStmt = db.prepare('DELETE FROM saved_reports WHERE name = ? COLLATE NOCASE')
    this.prefixesStmt = db.prepare(prefixSamplesSql)
    this.replyPrefixesStmt = db.prepare(replyPrefixSamplesSql)
  }

  list(): SavedReportRow[] {
    return this.listStmt.all()
  }

  get(name: string): SavedReportRow | undefined {
    return this.getStmt.get(name)
  }

  save(name: string, definition: string, at: string): SavedReportRow {
    this.upsertStmt.run({ name, definition, at })
    const row = this.get(name)
    if (!row) throw new Error(`The report ${name} was not saved`)
    return row
  }

  delete(name: string): boolean {
    return this.deleteStmt.run(name).changes > 0
  }

  /**
   * The number prefixes messages have, with one number of each; for replies, also those of people who
   * replied that no message has.
   */
  prefixSamples(rows: ReportRowKind): { prefix: string; sample: string }[] {
    return rows === 'replies' ? this.replyPrefixesStmt.all() : this.prefixesStmt.all()
  }

  /** Runs a compiled report: rows as arrays, in the order of its columns. */
  run(report: CompiledReport): unknown[][] {
    return runReport(this.db, report)
  }
}
