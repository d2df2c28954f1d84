import Sqlite from 'better-sqlite3'

export type AuditedMessage = { id: number; phone: string; status: string; category: string | null }

export type DrillSnapshot = {
  messages: AuditedMessage[]
  /** How many message events carry a detail starting with each of the given texts. */
  eventsWith: (detailPrefix: string) => number
  integrity: string
}

/**
 * For the crash drill: the database as it is on disk after the kills, read through a separate read-only
 * connection so the check does not depend on the code it checks.
 */
export function readDrillSnapshot(dbFile: string, prefixes: readonly string[]): DrillSnapshot {
  const db = new Sqlite(dbFile, { readonly: true })
  try {
    const messages = db
      .prepare('SELECT id, phone_e164 AS phone, status, error_category AS category FROM messages')
      .all() as AuditedMessage[]
    const counting = db.prepare('SELECT count(*) FROM message_events WHERE detail LIKE ?').pluck()
    const counts = new Map(prefixes.map((p) => [p, counting.get(`${p}%`) as number]))
    const integrity = String(db.pragma('integrity_check', { simple: true }))
    return { messages, eventsWith: (prefix) => counts.get(prefix) ?? 0, integrity }
  } finally {
    db.close()
  }
}
