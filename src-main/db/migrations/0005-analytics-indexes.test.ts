import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { schemaAt } from './schema.test-support'

const plan = (db: Database, sql: string): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n')

describe('migration 0005 analytics indexes', () => {
  it('lets a period be read from the covering index and a reader be found by number', () => {
    const db = schemaAt(5)
    expect(
      plan(
        db,
        `SELECT status, count(*) FROM messages WHERE queued_at >= '2026-01-01' AND queued_at < '2026-02-01'
         GROUP BY status`,
      ),
    ).toMatch(/USING COVERING INDEX messages_analytics \(queued_at>\? AND queued_at<\?\)/)
    expect(
      plan(db, `SELECT 1 FROM messages WHERE phone_e164 = '+447700900123' AND read_at IS NOT NULL`),
    ).toMatch(/USING INDEX messages_readers \(phone_e164=\?\)/)
  })
})
