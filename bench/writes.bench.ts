// The write cost of a campaign's messages on a large history (issue 19: the report rollups must not slow a
// campaign down). On a data folder holding the reports benchmark's 1,000,000 messages, one campaign of
// 5,000 messages to people already in the history is written as the app writes it: created in chunks of
// 500 (MessagesRepo.insertMany), each message moved on its own, one transaction a move (MessagesRepo.move:
// queued → sending → sent, then delivered, read and replied for some), then the campaign deleted. Each
// phase is timed per message, next to a floor measured in the same run: the same number of one-row
// transactions that change nothing the rollups read (their triggers do not run). Medians of the rounds,
// in wall time and in this process's CPU time (which other work on the machine disturbs far less).
// The folder is left as it was found (the campaign is deleted each round). Not part of `npm test`.
// Run: npx tsx bench/writes.bench.ts   (WRITES_DATA_DIR a seeded folder, e.g. the reports benchmark's
// REPORTS_DATA_DIR, else a fresh one is seeded; WRITES_MESSAGES, WRITES_ROUNDS change the figures)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Database } from 'better-sqlite3'
import type { MessageStatus } from '../src-shared/domain/campaigns'
import { seedHistory } from '../src-main/analytics/seed'
import { startup } from '../src-main/context'
import { wireAppContext } from '../src-main/context-wiring'
import { HistorySeedRepo } from '../src-main/db/repos/history-seed-repo'
import { MessagesRepo } from '../src-main/db/repos/messages-repo'
import { median } from './timing'

const size = Number(process.env.WRITES_MESSAGES ?? 5_000)
const rounds = Number(process.env.WRITES_ROUNDS ?? 5)
const chunk = 500

type Phase = 'create' | 'send' | 'receipts' | 'delete' | 'floor'
const phases: Phase[] = ['floor', 'create', 'send', 'receipts', 'delete']

type Cost = { wall: number; cpu: number }

/** Milliseconds of wall time and of this process's CPU time (user and system). */
function timed(work: () => void): Cost {
  const start = performance.now()
  const cpu = process.cpuUsage()
  work()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

/** One campaign's life; the microseconds per message of each phase. */
function round(db: Database, phones: string[], k: number): Record<Phase, Cost> {
  const seed = new HistorySeedRepo(db)
  const repo = new MessagesRepo(db)
  const at = (s: number): string => new Date(Date.parse('2026-11-20T09:00:00.000Z') + s * 1000).toISOString()
  const campaignId = seed.insertCampaign({
    name: `Write bench ${k}`,
    listId: null,
    listName: 'Bench',
    status: 'running',
    variants: ['A', 'B'],
    createdAt: at(0),
    startedAt: at(0),
    finishedAt: null,
    dryRun: k % 2 === 0,
  })
  const rows = phones.map((phone, i) => ({
    contactId: i + 1,
    phone,
    name: `Person ${i}`,
    variant: i % 2 ? 'A' : 'B',
    body: `Hello Person ${i}`,
    status: 'queued' as const,
    category: null,
    detail: null,
    accountId: 1 + (i % 3),
  }))
  const create = timed(() => {
    for (let i = 0; i < rows.length; i += chunk) repo.insertMany(campaignId, rows.slice(i, i + chunk), at(1))
  })
  const ids = db
    .prepare('SELECT id FROM messages WHERE campaign_id = ? ORDER BY id')
    .pluck()
    .all(campaignId) as number[]
  const touch = db.prepare('UPDATE messages SET updated_at = ? WHERE id = ?')
  const floor = timed(() => {
    for (const [i, id] of ids.entries()) db.transaction(() => touch.run(at(2 + i), id))()
  })
  const move = (id: number, from: MessageStatus, to: MessageStatus, s: number): void => {
    repo.move({ id, campaignId }, from, to, { at: at(s) })
  }
  const send = timed(() => {
    for (const [i, id] of ids.entries()) {
      move(id, 'queued', 'sending', 10 + i * 20)
      move(id, 'sending', 'sent', 12 + i * 20)
    }
  })
  // As the receipts come: nine in ten delivered, six in ten read, one in ten replied
  const receipts = timed(() => {
    for (const [i, id] of ids.entries()) {
      if (i % 10 === 9) continue
      move(id, 'sent', 'delivered', 40 + i * 20 + (i % 7) * 3)
      if (i % 10 >= 6) continue
      move(id, 'delivered', 'read', 300 + i * 20 + (i % 13) * 11)
      if (i % 10 === 0) move(id, 'read', 'replied', 900 + i * 20 + (i % 17) * 29)
    }
  })
  const remove = timed(() => db.prepare('DELETE FROM campaigns WHERE id = ?').run(campaignId))
  const per = (c: Cost): Cost => ({ wall: (c.wall * 1000) / ids.length, cpu: (c.cpu * 1000) / ids.length })
  return {
    floor: per(floor),
    create: per(create),
    send: per(send),
    receipts: per(receipts),
    delete: per(remove),
  }
}

async function main(): Promise<void> {
  const kept = process.env.WRITES_DATA_DIR
  const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'herald-writes-bench-'))
  const wired = wireAppContext({ dataDir: dir, runtime: 'cli' })
  startup(wired.ctx)
  const { ctx, db } = wired
  try {
    const existing = db.prepare('SELECT count(*) FROM messages').pluck().get() as number
    if (existing === 0) {
      console.log('seeding 1,000,000 messages (as the reports benchmark does)…')
      seedHistory(db, {
        campaigns: 200,
        messages: 1_000_000,
        now: new Date(),
        seed: 'reports-bench',
        numbers: 3,
      })
    }
    const phones = db
      .prepare('SELECT DISTINCT phone_e164 FROM messages ORDER BY phone_e164 LIMIT ?')
      .pluck()
      .all(size) as string[]
    const total = db.prepare('SELECT count(*) FROM messages').pluck().get() as number
    const version = db.pragma('user_version', { simple: true }) as number
    console.log(
      `\n${total} messages, schema ${version}; a campaign of ${phones.length} messages, ${rounds} rounds`,
    )
    const results = Array.from({ length: rounds }, (_, k) => round(db, phones, k))
    const head = ['wall', 'min', 'max', 'cpu', 'min', 'max'].map((h) => h.padStart(9)).join('')
    console.log(`\n${'phase (µs a message, median)'.padEnd(30)}${head}`)
    const words: Record<Phase, string> = {
      floor: 'floor: one-row transaction',
      create: 'create (insertMany)',
      send: 'send (2 moves)',
      receipts: 'receipts (0–3 moves)',
      delete: 'delete the campaign',
    }
    const us = (v: number): string => v.toFixed(0).padStart(9)
    const spread = (values: number[]): string =>
      `${us(median(values))}${us(Math.min(...values))}${us(Math.max(...values))}`
    for (const phase of phases) {
      const costs = results.map((r) => r[phase])
      const wall = spread(costs.map((c) => c.wall))
      console.log(`  ${words[phase].padEnd(28)}${wall}${spread(costs.map((c) => c.cpu))}`)
    }
  } finally {
    await ctx.shutdown()
    if (!kept) fs.rmSync(dir, { recursive: true, force: true })
  }
}

void main()
