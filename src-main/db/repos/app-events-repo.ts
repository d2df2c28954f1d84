import type { Database } from 'better-sqlite3'

export type AppEventLevel = 'debug' | 'info' | 'warn' | 'error'
export type AppEvent = {
  id: number
  at: string
  level: AppEventLevel
  kind: string
  message: string
  data: unknown
}

/** The app's own history (started, settings changed, unexpected errors), kept next to the data it explains. */
export class AppEventsRepo {
  private readonly insert
  private readonly selectRecent

  constructor(db: Database) {
    this.insert = db.prepare<[string, AppEventLevel, string, string, string | null]>(
      'INSERT INTO app_events (at, level, kind, message, data) VALUES (?, ?, ?, ?, ?)',
    )
    this.selectRecent = db.prepare<[number], Omit<AppEvent, 'data'> & { data: string | null }>(
      'SELECT id, at, level, kind, message, data FROM app_events ORDER BY id DESC LIMIT ?',
    )
  }

  record(event: Omit<AppEvent, 'id'>): void {
    this.insert.run(
      event.at,
      event.level,
      event.kind,
      event.message,
      event.data === undefined ? null : JSON.stringify(event.data),
    )
  }

  recent(limit: number): AppEvent[] {
    return this.selectRecent
      .all(limit)
      .map((row) => ({ ...row, data: row.data === null ? null : (JSON.parse(row.data) as unknown) }))
  }
}
