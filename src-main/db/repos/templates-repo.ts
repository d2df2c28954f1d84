import type { Database } from 'better-sqlite3'
import type { Attachment } from '../../../src-shared/domain/attachments'
import type { Template, Variant } from '../../../src-shared/domain/campaigns'

type TemplateRow = {
  id: number
  name: string
  variants: string
  attachment: string | null
  created_at: string
  updated_at: string
}

/** What a template is saved with. */
export type TemplateContent = { name: string; variants: readonly Variant[]; attachment: Attachment | null }

const columns = 'id, name, variants, attachment, created_at, updated_at'

const attachmentJson = (attachment: Attachment | null): string | null =>
  attachment ? JSON.stringify(attachment) : null

/** A stored attachment column (templates and campaigns), or null. */
export function parseAttachment(json: string | null): Attachment | null {
  return json === null ? null : (JSON.parse(json) as Attachment)
}

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    variants: JSON.parse(row.variants) as Variant[],
    attachment: parseAttachment(row.attachment),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

type Row = { name: string; variants: string; attachment: string | null }

const toRow = (content: TemplateContent): Row => ({
  name: content.name,
  variants: JSON.stringify(content.variants),
  attachment: attachmentJson(content.attachment),
})

/** The templates table: named messages, each with one or more variants. */
export class TemplatesRepo {
  private readonly insertStmt
  private readonly updateStmt
  private readonly selectOne
  private readonly selectByName
  private readonly selectAll
  private readonly deleteStmt

  constructor(db: Database) {
    this.insertStmt = db.prepare<[Row & { at: string }]>(
      `INSERT INTO templates (name, variants, attachment, created_at, updated_at)
       VALUES (@name, @variants, @attachment, @at, @at)`,
    )
    this.updateStmt = db.prepare<[Row & { id: number; at: string }]>(
      `UPDATE templates SET name = @name, variants = @variants, attachment = @attachment, updated_at = @at
       WHERE id = @id`,
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

  insert(content: TemplateContent, at: string): number {
    return Number(this.insertStmt.run({ ...toRow(content), at }).lastInsertRowid)
  }

  /** False when there is no such template. */
  update(id: number, content: TemplateContent, at: string): boolean {
    return this.updateStmt.run({ ...toRow(content), id, at }).changes > 0
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
