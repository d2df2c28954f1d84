import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../context.test-support'
import { thrownBy } from '../thrown.test-support'
import { openDatabase, quickCheck } from './connection'
import { DatabaseError } from './errors'
import { latestSchemaVersion } from './migrations'

let cleanup: (() => void) | undefined
afterEach(() => cleanup?.())

function dbFile(): string {
  const temp = tempDataDir()
  cleanup = temp.remove
  return path.join(temp.dir, 'nested', 'herald.db')
}

const openError = (file: string): DatabaseError =>
  thrownBy(DatabaseError, () => openDatabase(file).db.close())

describe('openDatabase', () => {
  it('creates the folder and the database with WAL, foreign keys, a busy timeout and the latest schema', () => {
    const file = dbFile()
    const { db, migration } = openDatabase(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(db.pragma('synchronous', { simple: true })).toBe(1)
    expect(migration.to).toBe(latestSchemaVersion)
    expect(quickCheck(db)).toEqual(['ok'])
    db.close()
    expect(openDatabase(file).migration.applied).toEqual([])
  })

  it('refuses a file that is not a database, names it, and leaves it byte for byte', () => {
    const file = dbFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'name,phone\nAna,+447700900123\n')
    const before = fs.readFileSync(file)
    const error = openError(file)
    expect(error.problem).toBe('not_a_database')
    expect(error.message).toContain(file)
    expect(error.message).toMatch(/Restore a backup, or move the file aside/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('reports a damaged database without touching it', () => {
    const file = dbFile()
    openDatabase(file).db.close()
    const bytes = fs.readFileSync(file)
    bytes.fill(0xa5, 100, 4096)
    fs.writeFileSync(file, bytes)
    const error = openError(file)
    expect(['corrupt', 'not_a_database']).toContain(error.problem)
    expect(error.message).toContain(file)
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
  })

  it('reports a database cut short', () => {
    const file = dbFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'SQLite fo')
    expect(openError(file).problem).toBe('corrupt')
  })

  it('refuses a database from a newer Herald with advice to update', () => {
    const file = dbFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const raw = new Sqlite(file)
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`)
    raw.close()
    const error = openError(file)
    expect(error.problem).toBe('too_new')
    expect(error.message).toMatch(/Install the latest Herald/)
  })

  it('says when the data folder cannot be created', () => {
    const file = dbFile()
    fs.mkdirSync(path.dirname(path.dirname(file)), { recursive: true })
    fs.writeFileSync(path.dirname(file), 'a file where the folder should be')
    const error = openError(file)
    expect(error.problem).toBe('unreadable')
    expect(error.message).toMatch(/--data-dir/)
  })
})
