import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { MessageStatus } from '../../../src-shared/domain/campaigns'
import { seededRandom } from '../../../src-shared/domain/random'
import { seedHistory } from '../../analytics/seed'
import { MessagesRepo } from '../repos/messages-repo'
import { insightBackfillSql } from './0019-insight-by-account'
import { addDetailPhrases, schemaAt, upgrade } from './schema.test-support'

const tables = [
  'insight_status',
  'insight_prefix',
  'insight_daily',
  'insight_hours',
  'insight_durations',
  'insight_readers',
  'insight_silent',
]
const now = new Date('2026-03-10T12:00:00.000Z')

/** Every rollup row, without `omit`; a prefix's sample number is only checked to carry the prefix. */
function rollups(db: Database, omit: string[] = []): Record<string, string[]> {
  const bad = db.prepare('SELECT count(*) FROM insight_prefix WHERE substr(sample, 1, 5) <> prefix').pluck()
  expect(bad.get()).toBe(0)
  const hidden = Object.fromEntries(['sample', ...omit].map((c) => [c, undefined]))
  return Object.fromEntries(
    tables.map((t) => {
      const rows = db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]
      return [t, rows.map((r) => JSON.stringify({ ...r, ...hidden })).sort()]
    }),
  )
}

/** The rollups as the backfill computes them from the messages now (rolled back afterwards). */
function recomputed(db: Database): Record<string, string[]> {
  db.exec('SAVEPOINT recompute')
  try {
    for (const t of tables) db.exec(`DELETE FROM ${t}`)
    db.exec(insightBackfillSql)
    return rollups(db)
  } finally {
    db.exec('ROLLBACK TO recompute; RELEASE recompute')
  }
}

/** Synthetic history, a third of it sent from a second number. */
function seedTwoNumbers(db: Database): void {
  seedHistory(db, { campaigns: 12, messages: 3000, now, seed: 'by-account' })
  db.exec(`INSERT INTO accounts (id, name, created_at) VALUES (2, 'Shop phone', '2026-01-01T00:00:00.000Z');
    UPDATE messages SET account_id = 2 WHERE id % 3 = 0;`)
}

/** Engine-like moves, messages handed to another number, receipts taken back, deletes. */
function churn(db: Database, steps: number): void {
  addDetailPhrases(db)
  const random = seededRandom(`churn-by-account:${steps}`)
  const repo = new MessagesRepo(db)
  const ids = db.prepare('SELECT id FROM messages ORDER BY id').pluck().all() as number[]
  const pick = (): number => ids[Math.floor(random() * ids.length)] ?? 1
  const statusOf = db.prepare('SELECT campaign_id AS campaignId, status FROM messages WHERE id = ?')
  const at = (k: number): string => new Date(now.getTime() - 86_400_000 + k * 7_919).toISOString()
  for (let k = 0; k < steps; k += 1) {
    const id = pick()
    const row = statusOf.get(id) as { campaignId: number; status: MessageStatus } | undefined
    if (!row) continue
    const roll = random()
    if (roll < 0.6) {
      const to = messageStatuses[Math.floor(random() * messageStatuses.length)] ?? 'sent'
      const error = to === 'failed' ? { category: 'timeout' as const, detail: 'x' } : undefined
      repo.move({ id, campaignId: row.campaignId }, row.status, to, {
        at: at(k),
        ...(error ? { error } : {}),
      })
    } else if (roll < 0.85) {
      db.prepare('UPDATE messages SET account_id = 3 - account_id WHERE id = ?').run(id)
    } else if (roll < 0.95) db.prepare('UPDATE messages SET read_at = NULL WHERE id = ?').run(id)
    else db.prepare('DELETE FROM messages WHERE id = ?').run(id)
  }
}

describe('migration 0019 insight by account', () => {
  it('keeps the rollups of a one-number history as they were, each row now the first number’s', () => {
    const db = schemaAt(18)
    seedHistory(db, { campaigns: 6, messages: 1200, now, seed: 'one-number' })
    const before = rollups(db)
    expect(before['insight_status']?.length).toBeGreaterThan(20)

    upgrade(db, 19)

    expect(rollups(db, ['account_id'])).toEqual(before)
    for (const t of tables.filter((t) => t !== 'insight_readers')) {
      expect(db.prepare(`SELECT DISTINCT account_id FROM ${t}`).pluck().all(), t).toEqual([1])
    }
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%0006'").all()).toEqual([])
    // Copied, not counted again: the same rows the triggers then keep, a second number coming in
    db.exec(
      `INSERT INTO accounts (id, name, created_at) VALUES (2, 'Shop phone', '2026-01-01T00:00:00.000Z')`,
    )
    churn(db, 600)
    expect(rollups(db)).toEqual(recomputed(db))
  })

  it('splits the rollups by number exactly as the triggers keep them', () => {
    const upgraded = schemaAt(18)
    seedTwoNumbers(upgraded)
    upgrade(upgraded, 19)
    const fresh = schemaAt(19)
    seedTwoNumbers(fresh)
    const rows = rollups(fresh)
    const second = fresh.prepare('SELECT sum(n) FROM insight_status WHERE account_id = 2').pluck()
    expect(second.get()).toBe(1000)
    expect(rollups(upgraded)).toEqual(rows)
  })

  it('keeps every rollup equal to a recount while messages move between numbers', () => {
    const db = schemaAt(19)
    seedTwoNumbers(db)
    churn(db, 1500)
    expect(rollups(db)).toEqual(recomputed(db))
    const [first] = db.prepare('SELECT id FROM campaigns ORDER BY id').pluck().all() as number[]
    db.prepare('DELETE FROM campaigns WHERE id = ?').run(first)
    expect(rollups(db)).toEqual(recomputed(db))
  })

  it('lets the percentiles and the opt-outs of one number be read from the indexes alone', () => {
    const db = schemaAt(19)
    const columns = (index: string): string[] =>
      db.prepare('SELECT name FROM pragma_index_xinfo(?) WHERE key = 1').pluck().all(index) as string[]
    for (const index of ['messages_time_to_deliver', 'messages_time_to_read', 'messages_time_to_reply']) {
      expect(columns(index).slice(2)).toEqual(['queued_at', 'campaign_id', 'account_id'])
    }
    expect(columns('messages_replies')).toEqual([
      'phone_e164',
      'replied_at',
      'queued_at',
      'campaign_id',
      'account_id',
    ])
  })
})
