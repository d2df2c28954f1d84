import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sayIn } from '../../src-shared/i18n/wording'
import { tempDataDir } from '../context.test-support'
import { AppError } from '../errors'
import { thrownBy } from '../thrown.test-support'
import { openDatabase } from './connection'
import { seedBulk, seedHistory } from './history-fixtures.test-support'
import { backupDatabase, checkDatabase, optimizeDatabase, pruneCampaigns, prunePreview } from './maintenance'
import { latestSchemaVersion } from './migrations'
import { restoreDatabase, validateBackup } from './restore'

let dir: string
let remove: () => void
let file: string
let db: Database

beforeEach(() => {
  ;({ dir, remove } = tempDataDir())
  file = path.join(dir, 'herald.db')
  db = openDatabase(file).db
})
afterEach(() => {
  if (db.open) db.close()
  remove()
})

const count = (d: Database): number => d.prepare('SELECT count(*) FROM messages').pluck().get() as number
const digest = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')

describe('checkDatabase', () => {
  it('reports integrity, the schema version and the sizes of the file and its WAL', () => {
    seedBulk(db, 1, 500)
    const health = checkDatabase(db, file)
    expect(health).toMatchObject({ ok: true, integrity: ['ok'], schemaVersion: latestSchemaVersion })
    expect(health.databaseBytes).toBeGreaterThan(0)
    expect(health.walBytes).toBe(fs.statSync(`${file}-wal`).size)
    expect(checkDatabase(db, file, 'quick').ok).toBe(true)
  })
})

describe('backup and restore', () => {
  it('backs up while another connection writes, restores it, and keeps the previous database', async () => {
    seedBulk(db, 2, 10_000)
    const writer = openDatabase(file).db
    let writes = 0
    let done = false
    const write = (): void => {
      if (done) return
      seedHistory(writer, [
        {
          name: `Live ${writes}`,
          createdAt: new Date().toISOString(),
          messages: [{ phone: '+4479000', name: 'x', status: 'sent' }],
        },
      ])
      writes += 1
      setImmediate(write)
    }
    setImmediate(write)
    const steps: number[] = []
    const target = path.join(dir, 'backup.db')
    const result = await backupDatabase(db, target, (p) => steps.push(p.remainingPages))
    done = true
    expect(writes).toBeGreaterThan(0)
    expect(steps.length).toBeGreaterThan(1)
    expect(result.bytes).toBe(fs.statSync(target).size)
    const copy = new Sqlite(target, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    const inBackup = count(copy)
    copy.close()
    expect(inBackup).toBeGreaterThanOrEqual(20_000)

    seedHistory(writer, [{ name: 'After the backup', createdAt: new Date().toISOString(), messages: [] }])
    db.close()
    expect(() => restoreDatabase(file, target)).toThrow(/is in use by Herald or another command/)
    writer.close()
    const restored = restoreDatabase(file, target, new Date(Date.UTC(2026, 2, 1, 12, 30)))
    expect(restored.previous).toBe(`${file}.before-restore-2026-03-01T12-30-00Z`)
    expect(fs.existsSync(restored.previous ?? '')).toBe(true)
    db = openDatabase(file).db
    expect(checkDatabase(db, file).ok).toBe(true)
    expect(count(db)).toBe(inBackup)
    expect(db.prepare("SELECT count(*) FROM campaigns WHERE name = 'After the backup'").pluck().get()).toBe(0)
    const previous = new Sqlite(restored.previous ?? '', { readonly: true })
    expect(
      previous.prepare("SELECT count(*) FROM campaigns WHERE name = 'After the backup'").pluck().get(),
    ).toBe(1)
    previous.close()
  })

  it('refuses a file that is not SQLite, a damaged one, a newer schema, and leaves the database untouched', async () => {
    seedBulk(db, 1, 100)
    db.pragma('wal_checkpoint(TRUNCATE)')
    const text = path.join(dir, 'notes.txt')
    fs.writeFileSync(text, 'These are my notes, not a database.')
    const newer = path.join(dir, 'newer.db')
    await backupDatabase(db, newer)
    const future = new Sqlite(newer)
    future.pragma(`user_version = ${latestSchemaVersion + 1}`)
    future.close()
    const cut = path.join(dir, 'cut.db')
    fs.writeFileSync(cut, fs.readFileSync(newer).subarray(0, 4096 + 100))
    db.close()
    const before = digest(file)
    expect(() => restoreDatabase(file, text)).toThrow(
      `${text} is not a Herald backup (it is not an SQLite database). Nothing was restored.`,
    )
    expect(() => restoreDatabase(file, newer)).toThrow(
      `${newer} was made by a newer Herald (schema ${latestSchemaVersion + 1}; this version knows up to ${latestSchemaVersion}). Install the latest Herald to restore it. Nothing was restored.`,
    )
    expect(() => restoreDatabase(file, cut)).toThrow(/Nothing was restored\.$/)
    expect(() => restoreDatabase(file, path.join(dir, 'missing.db'))).toThrow(/there is no such file/)
    // The window says the same refusal in its language: here Arabic
    const refusal = thrownBy(AppError, () => restoreDatabase(file, text))
    expect(refusal.phrase && sayIn('ar', refusal.phrase)).toBe(
      `${text} ليس نسخة احتياطية من Herald (ليس قاعدة بيانات SQLite). لم تتم استعادة أي شيء.`,
    )
    expect(digest(file)).toBe(before)
    expect(
      fs.readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('restoring')),
    ).toEqual([])
  })

  it('accepts its own backup as a candidate and counts its campaigns', async () => {
    seedBulk(db, 3, 10)
    const target = path.join(dir, 'ok.db')
    await backupDatabase(db, target)
    expect(validateBackup(target)).toMatchObject({ schemaVersion: latestSchemaVersion, campaigns: 3 })
  })
})

describe('prune and optimize', () => {
  it('previews the campaigns older than the cutoff, then deletes them and their messages', () => {
    seedHistory(db, [
      {
        name: 'Old',
        createdAt: '2025-01-01T10:00:00.000Z',
        messages: [{ phone: '+4479001', name: 'a', status: 'sent' }],
      },
      { name: 'Old but paused', status: 'paused', createdAt: '2025-01-02T10:00:00.000Z', messages: [] },
      {
        name: 'New',
        createdAt: '2026-03-01T10:00:00.000Z',
        messages: [{ phone: '+4479002', name: 'b', status: 'read' }],
      },
    ])
    const cutoff = new Date('2026-01-01T00:00:00.000Z')
    const preview = prunePreview(db, cutoff)
    expect(preview).toEqual([{ id: 1, name: 'Old', createdAt: '2025-01-01T10:00:00.000Z', messages: 1 }])
    expect(count(db)).toBe(2)
    expect(pruneCampaigns(db, cutoff)).toEqual(preview)
    expect(count(db)).toBe(1)
    expect(db.prepare('SELECT name FROM campaigns ORDER BY id').pluck().all()).toEqual([
      'Old but paused',
      'New',
    ])
    optimizeDatabase(db, { vacuum: true })
    expect(checkDatabase(db, file).ok).toBe(true)
  })
})
