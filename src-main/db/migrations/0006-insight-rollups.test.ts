import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { MessageStatus } from '../../../src-shared/domain/campaigns'
import { seededRandom } from '../../../src-shared/domain/random'
import { seedHistory } from '../../analytics/seed'
import { pruneCampaigns } from '../maintenance'
import { MessagesRepo } from '../repos/messages-repo'
import { insightBackfillSql, insightRollups } from './0006-insight-rollups'
import { addSearchColumns, schemaAt } from './schema.test-support'

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

/** Every rollup row; a prefix's sample number is only checked to carry the prefix. */
function rollups(db: Database): Record<string, unknown[]> {
  const bad = db.prepare('SELECT count(*) FROM insight_prefix WHERE substr(sample, 1, 5) <> prefix').pluck()
  expect(bad.get()).toBe(0)
  return Object.fromEntries(
    tables.map((t) => {
      const rows = db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]
      const cells = rows.map((r) => JSON.stringify({ ...r, sample: undefined }))
      return [t, cells.sort()]
    }),
  )
}

/** The rollups as the backfill computes them from the messages now (rolled back afterwards). */
function recomputed(db: Database): Record<string, unknown[]> {
  db.exec('SAVEPOINT recompute')
  try {
    for (const t of tables) db.exec(`DELETE FROM ${t}`)
    db.exec(insightBackfillSql)
    return rollups(db)
  } finally {
    db.exec('ROLLBACK TO recompute; RELEASE recompute')
  }
}

const seed = (db: Database): void => {
  addSearchColumns(db)
  seedHistory(db, { campaigns: 12, messages: 3000, now, seed: 'rollups' })
}

/** Engine-like moves, receipts taken back, numbers and days changed, single messages deleted. */
function churn(db: Database, steps: number): void {
  const random = seededRandom(`churn:${steps}`)
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
    if (roll < 0.75) {
      const to = messageStatuses[Math.floor(random() * messageStatuses.length)] ?? 'sent'
      const error = to === 'failed' ? { category: 'timeout' as const, detail: 'x' } : undefined
      repo.move({ id, campaignId: row.campaignId }, row.status, to, {
        at: at(k),
        ...(error ? { error } : {}),
      })
    } else if (roll < 0.85) db.prepare('UPDATE messages SET read_at = NULL WHERE id = ?').run(id)
    else if (roll < 0.9)
      db.prepare('UPDATE messages SET phone_e164 = ? WHERE id = ?').run('+447700900111', id)
    else if (roll < 0.95)
      db.prepare("UPDATE messages SET queued_at = '2026-01-05T10:00:00.000Z' WHERE id = ?").run(id)
    else db.prepare('DELETE FROM messages WHERE id = ?').run(id)
  }
}

describe('migration 0006 insight rollups', () => {
  it('fills the rollups from the messages already there exactly as the triggers would have', () => {
    const upgraded = schemaAt(5)
    seed(upgraded)
    insightRollups.up(upgraded)
    const fresh = schemaAt(6)
    seed(fresh)
    const rows = rollups(fresh)
    expect(rows['insight_status']?.length).toBeGreaterThan(20)
    expect(rows['insight_silent']?.length).toBeGreaterThan(20)
    expect(rollups(upgraded)).toEqual(rows)
  })

  it('keeps every rollup equal to a recount through moves, receipts taken back, deletes and prune', () => {
    const db = schemaAt(6)
    seed(db)
    churn(db, 1500)
    expect(rollups(db)).toEqual(recomputed(db))
    const [first, second] = db.prepare('SELECT id FROM campaigns ORDER BY id').pluck().all() as number[]
    db.prepare('DELETE FROM campaigns WHERE id = ?').run(second)
    expect(rollups(db)).toEqual(recomputed(db))
    db.prepare("UPDATE campaigns SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(first)
    expect(pruneCampaigns(db, new Date('2021-01-01T00:00:00.000Z')).map((c) => c.id)).toEqual([first])
    expect(rollups(db)).toEqual(recomputed(db))
    for (const t of tables.filter((t) => t !== 'insight_readers')) {
      const left = db
        .prepare(`SELECT count(*) FROM ${t} WHERE campaign_id IN (?, ?)`)
        .pluck()
        .get(first, second)
      expect(left, t).toBe(0)
    }
    db.exec('DELETE FROM campaigns')
    for (const t of tables) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0)
  })

  it('never refuses a message write whose times it cannot read', () => {
    const db = schemaAt(6)
    seed(db)
    const repo = new MessagesRepo(db)
    const campaignId = db.prepare('SELECT min(id) FROM campaigns').pluck().get() as number
    const message = {
      contactId: 999_999,
      phone: '+447700900999',
      name: null,
      variant: 'A',
      body: 'Hi',
      status: 'queued' as const,
      category: null,
      detail: null,
    }
    repo.insertMany(campaignId, [message], 'not a time either')
    const id = db.prepare('SELECT max(id) FROM messages').pluck().get() as number
    const m = { id, campaignId }
    for (const [from, to] of [
      ['queued', 'sending'],
      ['sending', 'sent'],
      ['sent', 'delivered'],
      ['delivered', 'read'],
      ['read', 'replied'],
    ] as const) {
      expect(repo.move(m, from, to, { at: 'not a time' })).toBe(true)
    }
    expect(rollups(db)).toEqual(recomputed(db))
  })
})
