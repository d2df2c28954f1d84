import type { Database } from 'better-sqlite3'
import type { Template, Variant } from '../../../src-shared/domain/campaigns'

type TemplateRow = { id: number; name: string; variants: string; created_at: string; updated_at: string }

const columns = 'id, name, variants, created_at, updated_at'

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    variants: JSON.parse(row.variants) as Variant[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** The templates table: named messages, each with one or more variants. */
export class TemplatesRepo {
  private readonly insertStmt
  private readonly updateStmt
  private readonly selectOne
  private readonly selectByName
  private readonly selectAll
  private readonly deleteStmt

  constructor(db: Database) {
    this.insertStmt = db.prepare<[{ name: string; variants: string; at: string }]>(
      'INSERT INTO templates (name, variants, created_at, updated_at) VALUES (@name, @variants, @at, @at)',
    )
    this.updateStmt = db.prepare<[{ id: number; name: string; variants: string; at: string }]>(
      'UPDATE templates SET name = @name, variants = @variants, updated_at = @at WHERE id = @id',
    )
    this.selectOne = db.prepare<[number], TemplateRow>(`SELECT ${columns} FROM templates WHERE id = ?`)
    this.selectByName = db.prepare<[string], TemplateRow>(
      `SELECT ${columns} FROM templates WHERE name = ? COLLATE NOCASE`,
    )
    this.selectAll = db.prepare<[], TemplateRow>(
      `SELECT ${columns} FROM templates ORDER BY name COLLATE NOCASE`,
    )
    this.deleteStmt = db.prepare<[number]>('DELETE FROM templates WHERE id = ?')
  }

  insert(name: string, variants: readonly Variant[], at: string): number {
    return Number(this.insertStmt.run({ name, variants: JSON.stringify(variants), at }).lastInsertRowid)
  }

  /** False when there is no such template. */
  update(id: number, name: string, variants: readonly Variant[], at: string): boolean {
    return this.updateStmt.run({ id, name, variants: JSON.stringify(variants), at }).changes > 0
  }

  get(id: number): Template | undefined {
    const row = this.selectOne.get(id)
    return row && toTemplate(row)
  }

  /** Case-insensitive, as names are unique regardless of case. */
  byName(name: string): Template | undefined {
    const row = this.selectByName.get(name)
    return row && toTemplate(row)
  }

  /** By name. */
  all(): Template[] {
    return this.selectAll.all().map(toTemplate)
  }

  delete(id: number): boolean {
    return this.deleteStmt.run(id).changes > 0
  }
}
