import Sqlite from 'better-sqlite3'

/** Node's error for a write to a full disk, as `fs.writeSync` throws it. */
export const enospc = (): NodeJS.ErrnoException =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  })

/** better-sqlite3's error for a write that found the disk (or the database's page limit) full. */
export const sqliteFull = (): Error => new Sqlite.SqliteError('database or disk is full', 'SQLITE_FULL')

export const MB = 1024 * 1024

/**
 * Lets the database `db` grow by at most `pages` pages more, the way a full disk stops it: its writes then
 * fail with a real SQLITE_FULL. No mount needed.
 */
export function capDatabase(
  db: { pragma(source: string, options?: { simple: boolean }): unknown },
  pages: number,
): void {
  const count = db.pragma('page_count', { simple: true }) as number
  db.pragma(`max_page_count = ${count + pages}`)
}
