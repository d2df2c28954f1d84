import type { Database } from 'better-sqlite3'
import { AppEventsRepo } from '../db/repos/app-events-repo'
import type { AppEvent, AppEventLevel } from '../db/repos/app-events-repo'
import type { Logger } from './logger'

/** Writes an event to the app's own history (AppEvents.record): what every service is given to record with. */
export type RecordEvent = (kind: string, message: string, data?: unknown, level?: AppEventLevel) => void

/** The app's own history (started, settings changed, campaigns paused): in the log file and the database. */
export class AppEvents {
  private readonly repo: AppEventsRepo

  constructor(
    db: Database,
    private readonly log: Logger,
  ) {
    this.repo = new AppEventsRepo(db)
  }

  /** Writes an event to the log file and to the app_events table. */
  record(kind: string, message: string, data?: unknown, level: AppEventLevel = 'info'): void {
    this.log[level](`[${kind}] ${message}`)
    this.repo.record({ at: new Date().toISOString(), level, kind, message, data })
  }

  /** The latest events, newest first. */
  recent(limit: number): AppEvent[] {
    return this.repo.recent(limit)
  }
}
