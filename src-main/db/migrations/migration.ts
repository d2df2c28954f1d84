import type { Database } from 'better-sqlite3'

/** One step of the schema. Append-only: a released migration is never edited, a new one is added. */
export type Migration = {
  version: number
  name: string
  up(db: Database): void
}
