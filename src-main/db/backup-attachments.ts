import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { AttachmentSchema } from '../../src-shared/domain/attachments'

/**
 * The table a backup file carries the attached images and PDFs in, written into the copy after SQLite's
 * online backup and taken out again by a restore: never part of a database Herald runs on.
 */
const packTable = 'backup_attachments'

/** What a backup holds of the attachments: how many files and bytes, and the files it could not find. */
export type PackedAttachments = { files: number; bytes: number; missing: string[] }

/** What a restore put back: the files written (or already there), and those still missing. */
export type UnpackedAttachments = { files: number; missing: string[] }

/** A name as the attachments folder stores files: SHA-256 of the bytes and the kind. Never a path. */
const isAttachmentName = (name: unknown): name is string =>
  AttachmentSchema.shape.file.safeParse(name).success

const hasColumn = (db: Database, table: string, column: string): boolean =>
  db.prepare('SELECT 1 FROM pragma_table_info(?) WHERE name = ?').get(table, column) !== undefined

const hasTable = (db: Database, table: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined

/** The attachment files the templates and campaigns of `db` use (a database from before attachments: none). */
export function referencedAttachments(db: Database): Set<string> {
  if (!hasColumn(db, 'templates', 'attachment') || !hasColumn(db, 'campaigns', 'attachment')) return new Set()
  const files: unknown[] = db
    .prepare(
      `SELECT json_extract(attachment, '$.file') FROM templates WHERE attachment IS NOT NULL
       UNION SELECT json_extract(attachment, '$.file') FROM campaigns WHERE attachment IS NOT NULL`,
    )
    .pluck()
    .all()
  return new Set(files.filter(isAttachmentName))
}

function readAttachment(dir: string, name: string): Buffer | null {
  try {
    return fs.readFileSync(path.join(dir, name))
  } catch {
    return null
  }
}

/**
 * Puts into the backup `file` (a copy no one else has open) every attachment its templates and campaigns
 * use, read from `dir`. The copy is switched to a rollback journal first, so it stays one file.
 */
export function packAttachments(file: string, dir: string): PackedAttachments {
  const db = new Sqlite(file, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
    const packed: PackedAttachments = { files: 0, bytes: 0, missing: [] }
    db.exec(`CREATE TABLE ${packTable} (file TEXT PRIMARY KEY, content BLOB NOT NULL) STRICT`)
    const insert = db.prepare(`INSERT INTO ${packTable} (file, content) VALUES (?, ?)`)
    db.transaction(() => {
      for (const name of referencedAttachments(db)) {
        const content = readAttachment(dir, name)
        if (!content) {
          packed.missing.push(name)
          continue
        }
        insert.run(name, content)
        packed.files += 1
        packed.bytes += content.length
      }
    })()
    return packed
  } finally {
    db.close()
  }
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Writes one attachment into `dir` unless it is there already: aside, then renamed, like the store does. */
function putAttachment(dir: string, name: string, content: Buffer): void {
  const target = path.join(dir, name)
  try {
    if (fs.statSync(target).size === content.length) return
  } catch {
    // Not there yet.
  }
  fs.mkdirSync(dir, { recursive: true })
  const partial = `${target}.${process.pid}.partial`
  fs.writeFileSync(partial, content)
  fs.renameSync(partial, target)
}

/**
 * Takes the attachments out of a backup copy about to become the database (`file`, open nowhere else):
 * each file whose bytes match its name goes into `dir`, then the table is dropped. Files are named by
 * their content, so writing them before the database is swapped in can never harm the current one.
 * A database-only backup (from before attachments were backed up) has no table: nothing is written.
 * `missing` lists what its templates and campaigns use that `dir` does not hold after all.
 */
export function unpackAttachments(file: string, dir: string): UnpackedAttachments {
  const db = new Sqlite(file, { fileMustExist: true })
  try {
    let files = 0
    if (hasTable(db, packTable)) {
      const rows = db.prepare(`SELECT file, content FROM ${packTable}`).iterate() as Iterable<{
        file: unknown
        content: unknown
      }>
      for (const row of rows) {
        const { file: name, content } = row
        if (!isAttachmentName(name) || !Buffer.isBuffer(content)) continue
        if (sha256(content) !== name.slice(0, 64)) continue
        putAttachment(dir, name, content)
        files += 1
      }
      db.exec(`DROP TABLE ${packTable}`)
    }
    const missing = [...referencedAttachments(db)].filter((name) => !fs.existsSync(path.join(dir, name)))
    return { files, missing }
  } finally {
    db.close()
  }
}
