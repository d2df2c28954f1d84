import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { MessageStatus } from '../../../src-shared/domain/campaigns'
import { seededRandom } from '../../../src-shared/domain/random'
import { seedHistory } from '../../analytics/seed'
import { MessagesRepo } from '../repos/messages-repo'
import { addDetailPhrases, schemaAt, upgrade } from './schema.test-support'

const now = new Date('2026-03-10T12:00:00.000Z')
const reached = (...columns: string[]): string => `sum(coalesce(${columns.join(', ')}) IS NOT NULL)`
const seconds = (column: string): string => `((julianday(m.${column}) - julianday(m.sent_at)) * 86400.0)`

/** Each rollup as its rows, and as a plain count of the messages (and their campaigns) gives them. */
function compared(db: Database): { kept: string[]; counted: string[] }[] {
  const rows = (sql: string): string[] =>
    (db.prepare(sql).raw(true).all() as unknown[][]).map((r) => JSON.stringify(r)).sort()
  const contactKeys = 'c.dry_run, substr(m.queued_at, 1, 7), m.phone_e164'
  // The bucket again, from the seconds: 8 per doubling, under 1 s in bucket 0
  const durations = ['deliver:delivered_at', 'read:read_at', 'reply:replied_at'].map((pair) => {
    const [stage, column] = pair.split(':') as [string, string]
    return `SELECT '${stage}' AS stage, c.dry_run, substr(m.queued_at, 1, 7) AS month,
        substr(m.phone_e164, 1, 5) AS prefix,
        CASE WHEN ${seconds(column)} < 1 THEN 0 ELSE 1 + CAST(log2(${seconds(column)}) * 8 AS INTEGER) END AS bucket
      FROM messages m JOIN campaigns c ON c.id = m.campaign_id
      WHERE m.${column} IS NOT NULL AND m.sent_at IS NOT NULL`
  })
  return [
    {
      kept: rows(`SELECT dry_run, month, phone_e164, n, sent, delivered, read, replied, failed, skipped
        FROM insight_contacts`),
      counted:
        rows(`SELECT ${contactKeys}, count(*), ${reached('sent_at', 'delivered_at', 'read_at', 'replied_at')},
          ${reached('delivered_at', 'read_at', 'replied_at')}, ${reached('read_at', 'replied_at')},
          sum(replied_at IS NOT NULL), sum(m.status = 'failed'), sum(m.status = 'skipped')
        FROM messages m JOIN campaigns c ON c.id = m.campaign_id GROUP BY ${contactKeys}`),
    },
    {
      kept: rows('SELECT stage, dry_run, month, prefix, bucket, n FROM insight_prefix_durations'),
      counted: rows(`SELECT stage, dry_run, month, prefix, bucket, count(*)
        FROM (${durations.join(' UNION ALL ')}) GROUP BY 1, 2, 3, 4, 5`),
    },
  ]
}

/** Engine-like moves, receipts taken back, messages to another number, month or campaign, deletes. */
function churn(db: Database, steps: number): void {
  addDetailPhrases(db)
  const random = seededRandom(`churn-report-rollups:${steps}`)
  const repo = new MessagesRepo(db)
  const ids = db.prepare('SELECT id FROM messages ORDER BY id').pluck().all() as number[]
  const statusOf = db.prepare('SELECT campaign_id AS campaignId, status FROM messages WHERE id = ?')
  const run = (sql: string, id: number): unknown => db.prepare(sql).run(id)
  for (let k = 0; k < steps; k += 1) {
    const id = ids[Math.floor(random() * ids.length)] ?? 1
    const row = statusOf.get(id) as { campaignId: number; status: MessageStatus } | undefined
    if (!row) continue
    const roll = random()
    if (roll < 0.55) {
      const to = messageStatuses[Math.floor(random() * messageStatuses.length)] ?? 'sent'
      const error = to === 'failed' ? { category: 'timeout' as const, detail: 'x' } : undefined
      const at = new Date(now.getTime() - 86_400_000 + k * 7_919).toISOString()
      repo.move({ id, campaignId: row.campaignId }, row.status, to, { at, ...(error ? { error } : {}) })
    } else if (roll < 0.65) run('UPDATE messages SET read_at = NULL WHERE id = ?', id)
    else if (roll < 0.72) run("UPDATE messages SET sent_at = NULL, status = 'queued' WHERE id = ?", id)
    else if (roll < 0.78) run("UPDATE messages SET phone_e164 = '+33612345678' WHERE id = ?", id)
    else if (roll < 0.84) run("UPDATE messages SET queued_at = '2025-12-31T23:59:00.000Z' WHERE id = ?", id)
    else if (roll < 0.9)
      // Another campaign, of the other kind when there is one (a contact is in a campaign once)
      run(
        `UPDATE OR IGNORE messages SET campaign_id = (SELECT max(id) FROM campaigns WHERE id <> campaign_id)
         WHERE id = ?`,
        id,
      )
    else run('DELETE FROM messages WHERE id = ?', id)
  }
}

/** A history of dry runs and real campaigns (every other one), as it was at schema 25. */
function history(seed: string, version: number): Database {
  const db = schemaAt(version)
  seedHistory(db, { campaigns: 8, messages: 2000, now, numbers: 2, seed })
  db.exec('UPDATE campaigns SET dry_run = id % 2')
  return db
}

describe('migration 0026 report rollups', () => {
  it('fills the contacts and prefix-times rollups from the messages, each kind of campaign apart', () => {
    const db = history('report-rollups', 25)
    upgrade(db, 26)
    for (const { kept, counted } of compared(db)) {
      expect(kept.length).toBeGreaterThan(100)
      expect(kept).toEqual(counted)
    }
    const kinds = db.prepare('SELECT DISTINCT dry_run FROM insight_contacts ORDER BY 1').pluck().all()
    expect(kinds).toEqual([0, 1])
    const stages = db.prepare('SELECT DISTINCT stage FROM insight_prefix_durations ORDER BY 1').pluck()
    expect(stages.all()).toEqual(['deliver', 'read', 'reply'])
  })

  it('keeps both rollups equal to a recount while messages change, move and go, and campaigns go or change kind', () => {
    const db = history('report-rollups-churn', 26)
    churn(db, 1000)
    db.exec('UPDATE campaigns SET dry_run = 1 - dry_run WHERE id IN (3, 4)')
    db.exec('DELETE FROM campaigns WHERE id = 2')
    churn(db, 200)
    for (const { kept, counted } of compared(db)) expect(kept).toEqual(counted)
    // Nothing left behind: every row counts something
    expect(db.prepare('SELECT count(*) FROM insight_contacts WHERE n <= 0').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM insight_prefix_durations WHERE n <= 0').pluck().get()).toBe(0)
  })

  it('puts the number prefix in the time indexes, after the columns they had', () => {
    const db = schemaAt(26)
    for (const stage of ['deliver', 'read', 'reply']) {
      const index = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck()
      expect(index.get(`messages_time_to_${stage}`)).toMatch(
        /queued_at, campaign_id, account_id, substr\(phone_e164, 1, 5\)\) WHERE/,
      )
    }
  })
})
