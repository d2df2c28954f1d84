import type { Database } from 'better-sqlite3'

export type StoredSetting = { key: string; value: unknown }

/** The settings table: one JSON value per key; a key without a row has its default. */
export class SettingsRepo {
  private readonly selectAll
  private readonly upsert
  private readonly remove
  private readonly removeAll
  private readonly dataVersion

  constructor(private readonly db: Database) {
    this.selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
    this.upsert = db.prepare<[string, string, string]>(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    this.remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?')
    this.removeAll = db.prepare('DELETE FROM settings')
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck()
  }

  /**
   * SQLite's count of the commits other connections made to the database (another Herald process, such as
   * the CLI beside the app): when it is unchanged, only this connection can have changed the settings.
   */
  othersCommits(): number {
    return this.dataVersion.get() ?? 0
  }

  all(): StoredSetting[] {
    return this.selectAll.all().map((row) => ({ key: row.key, value: JSON.parse(row.value) as unknown }))
  }

  /** Writes every entry or none. */
  save(entries: Record<string, unknown>, at: Date): void {
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(entries))
        this.upsert.run(key, JSON.stringify(value), at.toISOString())
    })()
  }

  reset(keys?: readonly string[]): void {
    this.db.transaction(() => {
      if (!keys) this.removeAll.run()
      else for (const key of keys) this.remove.run(key)
    })()
  }
}
