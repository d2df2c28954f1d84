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

/** Each rollup as its rows, and as a count of the messages gives them. */
function compared(db: Database): { kept: unknown[]; counted: unknown[] }[] {
  const prefix = `campaign_id, day, account_id, prefix, n, sent, replied, failed, delivered, read, skipped`
  const status = `campaign_id, day, account_id, status, variant, category, n, sent, delivered, read, replied`
  const keys = {
    prefix: 'campaign_id, substr(queued_at, 1, 10), account_id, substr(phone_e164, 1, 5)',
    status:
      "campaign_id, substr(queued_at, 1, 10), account_id, status, variant, coalesce(error_category, '')",
  }
  const stages = [
    reached('sent_at', 'delivered_at', 'read_at', 'replied_at'),
    reached('delivered_at', 'read_at', 'replied_at'),
    reached('read_at', 'replied_at'),
    'sum(replied_at IS NOT NULL)',
  ]
  const [sent, delivered, read, replied] = stages
  const rows = (sql: string): unknown[] =>
    (db.prepare(sql).raw(true).all() as unknown[][]).map((r) => JSON.stringify(r)).sort()
  return [
    {
      kept: rows(`SELECT ${prefix} FROM insight_prefix`),
      counted:
        rows(`SELECT ${keys.prefix}, count(*), ${sent}, ${replied}, sum(status = 'failed'), ${delivered},
        ${read}, sum(status = 'skipped') FROM messages GROUP BY ${keys.prefix}`),
    },
    {
      kept: rows(`SELECT ${status} FROM insight_status`),
      counted: rows(
        `SELECT ${keys.status}, count(*), ${stages.join(', ')} FROM messages GROUP BY ${keys.status}`,
      ),
    },
  ]
}

/** Engine-like moves, receipts taken back, messages handed to another number, deletes. */
function churn(db: Database, steps: number): void {
  addDetailPhrases(db)
  const random = seededRandom(`churn-prefix-stages:${steps}`)
  const repo = new MessagesRepo(db)
  const ids = db.prepare('SELECT id FROM messages ORDER BY id').pluck().all() as number[]
  const statusOf = db.prepare('SELECT campaign_id AS campaignId, status FROM messages WHERE id = ?')
  for (let k = 0; k < steps; k += 1) {
    const id = ids[Math.floor(random() * ids.length)] ?? 1
    const row = statusOf.get(id) as { campaignId: number; status: MessageStatus } | undefined
    if (!row) continue
    const roll = random()
    if (roll < 0.6) {
      const to = messageStatuses[Math.floor(random() * messageStatuses.length)] ?? 'sent'
      const error = to === 'failed' ? { category: 'timeout' as const, detail: 'x' } : undefined
      const at = new Date(now.getTime() - 86_400_000 + k * 7_919).toISOString()
      repo.move({ id, campaignId: row.campaignId }, row.status, to, { at, ...(error ? { error } : {}) })
    } else if (roll < 0.75) db.prepare('UPDATE messages SET account_id = 3 - account_id WHERE id = ?').run(id)
    else if (roll < 0.85) db.prepare('UPDATE messages SET read_at = NULL WHERE id = ?').run(id)
    else if (roll < 0.9) db.prepare("UPDATE messages SET phone_e164 = '+33612345678' WHERE id = ?").run(id)
    else db.prepare('DELETE FROM messages WHERE id = ?').run(id)
  }
}

describe('migration 0025 insight prefix stages', () => {
  it('fills the new counts of every prefix row from the messages, and leaves the others as they were', () => {
    const db = schemaAt(24)
    seedHistory(db, { campaigns: 8, messages: 2000, now, numbers: 2, seed: 'prefix-stages' })
    const columns = 'campaign_id, day, account_id, prefix, n, sent, replied, failed, sample'
    const before = db.prepare(`SELECT ${columns} FROM insight_prefix ORDER BY 1, 2, 3, 4`).all()
    upgrade(db, 25)
    expect(db.prepare(`SELECT ${columns} FROM insight_prefix ORDER BY 1, 2, 3, 4`).all()).toEqual(before)
    for (const { kept, counted } of compared(db)) expect(kept).toEqual(counted)
    // Something to count: deliveries, reads and skips by prefix
    const totals = db.prepare('SELECT sum(delivered), sum(read), sum(skipped) FROM insight_prefix').raw(true)
    expect((totals.get() as number[]).every((n) => n > 0)).toBe(true)
  })

  it('keeps the prefix and status rollups equal to a recount while messages change, move and go', () => {
    const db = schemaAt(25)
    seedHistory(db, { campaigns: 8, messages: 2000, now, numbers: 2, seed: 'prefix-stages-churn' })
    churn(db, 1500)
    db.exec('DELETE FROM campaigns WHERE id = 2')
    for (const { kept, counted } of compared(db)) expect(kept).toEqual(counted)
  })
})
