import type { Database } from 'better-sqlite3'

/** One step of the schema. Append-only: a released migration is never edited, a new one is added. */
export type Migration = {
  version: number
  name: string
  /**
   * The migration drops and makes again a table that others point at: it runs with foreign keys off (they
   * cannot be switched inside a transaction), and every reference is checked before it commits.
   */
  rebuildsTables?: boolean
  up(db: Database): void
}
