import type { Database } from 'better-sqlite3'
import { isTimeMeasure } from '../../src-shared/domain/report-definitions'
import type { CompiledReport } from './report-compiler'
import { runTimes } from './report-times'

/**
 * Runs a compiled report: its rows as arrays in the order of its columns (groups, then measures), the
 * times of each group joined to its counts by the group's key.
 */
export function runReport(db: Database, report: CompiledReport): unknown[][] {
  const counts = db.prepare(report.counts.sql).raw(true).all(report.counts.params) as unknown[][]
  const times = report.times.map((q) => runTimes(db, q))
  const groups = report.groups.length
  return counts.map((row) => {
    const key = String(row[0])
    let next = 1 + groups
    const measures = report.measures.map((measure) => {
      if (!isTimeMeasure(measure)) return row[next++]
      for (const stage of times) {
        const value = stage.get(key)?.[measure]
        if (value !== undefined) return value
      }
      return null
    })
    return [...row.slice(1, 1 + groups), ...measures]
  })
}
