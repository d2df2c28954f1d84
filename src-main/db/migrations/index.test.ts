import { describe, expect, it } from 'vitest'
import { latestSchemaVersion, migrations } from './index'
import {
  columnsOf,
  problemsOf,
  rowsInColumns,
  schemaAt,
  seedEveryTable,
  tablesOf,
  upgrade,
} from './schema.test-support'

describe('the migrations', () => {
  it('are numbered 1, 2, 3 … and each applies on the schema before it with a row in every table', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
    expect(latestSchemaVersion).toBe(migrations.length)
    for (const migration of migrations) {
      const label = `${migration.version}-${migration.name}`
      const db = schemaAt(migration.version - 1)
      seedEveryTable(db)
      const columns = columnsOf(db)
      const before = rowsInColumns(db, columns)

      expect(upgrade(db, migration.version).applied, label).toEqual([label])

      expect(problemsOf(db), label).toEqual([])
      expect(db.pragma('foreign_keys', { simple: true }), label).toBe(1)
      expect(tablesOf(db), label).toEqual(expect.arrayContaining(Object.keys(columns)))
      expect(rowsInColumns(db, columns), label).toEqual(before)
      db.close()
    }
  })
})
