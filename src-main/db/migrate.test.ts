import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DatabaseError } from './errors'
import { migrate } from './migrate'
import { latestSchemaVersion, migrations } from './migrations'
import type { Migration } from './migrations/migration'

const tables = (db: Sqlite.Database): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string
    }[]
  ).map((row) => row.name)

describe('migrate', () => {
  it('applies every migration once, records them, and sets user_version', () => {
    const db = new Sqlite(':memory:')
    const first = migrate(db, migrations, ':memory:')
    expect(first).toMatchObject({ from: 0, to: latestSchemaVersion })
    expect(tables(db)).toEqual(expect.arrayContaining(['settings', 'app_events', 'schema_migrations']))
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toHaveLength(
      migrations.length,
    )
    expect(migrate(db, migrations, ':memory:').applied).toEqual([])
  })

  it('applies all pending migrations in one transaction: a failure leaves the database as it was', () => {
    const db = new Sqlite(':memory:')
    const broken: Migration = {
      version: 3,
      name: 'broken',
      up: (d) => d.exec('CREATE TABLE half (id INTEGER); SELECT * FROM no_such_table'),
    }
    expect(() => migrate(db, [...migrations, broken], ':memory:')).toThrow(/no such table/)
    expect(tables(db)).toEqual([])
    expect(db.pragma('user_version', { simple: true })).toBe(0)
  })

  it('refuses a database written by a newer Herald and leaves it alone', () => {
    const db = new Sqlite(':memory:')
    db.pragma('user_version = 99')
    let error: unknown
    try {
      migrate(db, migrations, '/data/herald.db')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatabaseError)
    expect((error as DatabaseError).message).toMatch(
      /newer version of Herald \(schema 99; this version knows up to \d+\)/,
    )
    expect(db.pragma('user_version', { simple: true })).toBe(99)
  })
})
