import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { english } from '../../../src-shared/i18n/wording'
import { defaultComplaintWords } from '../../../src-shared/domain/complaint-words'
import { defaultOptOutKeywords } from '../../../src-shared/domain/opt-out-keywords'
import { SafetySignals } from '../../campaign/safety-signals'
import { seedHistory } from '../history-fixtures.test-support'
import type { SeedMessage } from '../history-fixtures.test-support'
import { migrate } from '../migrate'
import { migrations } from '../migrations'
import { MessageEventsRepo } from './message-events-repo'
import { OptOutsRepo } from './opt-outs-repo'
import { replyOfNote, SafetyRepo } from './safety-repo'

const phone = (i: number): string => `+447911${String(300000 + i)}`
const minute = (i: number): string => new Date(Date.UTC(2026, 2, 2, 9) + i * 60_000).toISOString()

function database(): Database {
  const db = new Sqlite(':memory:')
  migrate(db, migrations, ':memory:')
  return db
}

/** A campaign whose i-th message went to phone(first + i) at minute(at + i); some got a reply. */
function campaign(
  db: Database,
  o: { dryRun: boolean; first: number; count: number; at: number; replies?: Record<number, string> },
): number {
  const messages: SeedMessage[] = Array.from({ length: o.count }, (_, i) => ({
    phone: phone(o.first + i),
    name: null,
    status: o.replies?.[i] === undefined ? 'delivered' : 'replied',
    sentAt: minute(o.at + i),
    repliedAt: o.replies?.[i] === undefined ? null : minute(o.at + i + 1),
  }))
  const [id] = seedHistory(db, [{ name: 'C', dryRun: o.dryRun, createdAt: minute(o.at), messages }])
  const events = new MessageEventsRepo(db)
  const ids = db
    .prepare<[number], number>('SELECT id FROM messages WHERE campaign_id = ? ORDER BY id')
    .pluck()
  ids.all(id!).forEach((messageId, i) => {
    const text = o.replies?.[i]
    if (text === undefined) return
    const detail = `Replied: “${text}”`
    events.append({
      messageId,
      campaignId: id!,
      at: minute(o.at + i + 1),
      from: 'read',
      to: 'replied',
      category: null,
      detail,
    })
  })
  return id!
}

const optOut = (db: Database, i: number, source = 'reply'): void => {
  new OptOutsRepo(db).add({ phone: phone(i), source, reason: null, createdAt: '2026-01-01T00:00:00.000Z' })
}

describe('the latest sends of an account', () => {
  it('reads the newest sends of live campaigns together, newest first, with replies and reply opt-outs', () => {
    const db = database()
    campaign(db, { dryRun: false, first: 0, count: 60, at: 0, replies: { 58: 'Who is this?' } })
    campaign(db, { dryRun: false, first: 100, count: 30, at: 29.5, replies: { 29: 'Hola\n“ok”' } })
    campaign(db, { dryRun: true, first: 200, count: 80, at: 500, replies: { 79: 'STOP' } })
    optOut(db, 59)
    optOut(db, 57, 'manual')
    const live = new SafetyRepo(db).recentSends(50, false)
    expect(live).toHaveLength(50)
    // Minutes 0–59 of the first campaign and 29.5–58.5 of the second: the newest 50 go back to 34.5.
    expect(live[0]).toEqual({ phone: phone(59), sentAt: minute(59), reply: null, optedOutByReply: true })
    expect(live.find((s) => s.phone === phone(58))?.reply).toBe('Who is this?')
    expect(live.find((s) => s.phone === phone(129))?.reply).toBe('Hola\n“ok”')
    expect(live.find((s) => s.phone === phone(57))?.optedOutByReply).toBe(false)
    expect(live.every((s) => s.sentAt >= minute(34.5))).toBe(true)
    expect(live.filter((s) => s.phone >= phone(100))).toHaveLength(25)
    expect(live.some((s) => s.phone >= phone(200))).toBe(false)
    const dry = new SafetyRepo(db).recentSends(50, true)
    expect(dry.map((s) => s.phone)).toEqual(Array.from({ length: 50 }, (_, i) => phone(279 - i)))
    expect(dry[0]?.reply).toBe('STOP')
  })

  it('reads fewer when fewer went out, and none of the messages never sent', () => {
    const db = database()
    const id = campaign(db, { dryRun: false, first: 0, count: 3, at: 0 })
    db.prepare(
      "UPDATE messages SET sent_at = NULL, status = 'queued' WHERE campaign_id = ? AND id % 3 = 0",
    ).run(id)
    expect(new SafetyRepo(db).recentSends(50, false)).toHaveLength(2)
  })

  it('finds them through the sent-time index, never sorting the whole history', () => {
    const db = database()
    const repo = new SafetyRepo(db)
    const source = (repo as unknown as { recentStmt: { source: string } }).recentStmt.source
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${source}`).all({ window: 50, dryRun: 0 }) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n')
    expect(plan).toMatch(
      /SEARCH x USING COVERING INDEX messages_campaign_sent \(campaign_id=\? AND sent_at>\?\)/,
    )
    expect(plan).toMatch(/SEARCH m USING INDEX messages_campaign_sent \(campaign_id=\? AND sent_at>\?\)/)
    expect(plan).toMatch(/SEARCH e USING INDEX message_events_message/)
    expect(plan).not.toMatch(/SCAN m\b|SCAN x\b|SCAN e\b/)
  })

  it('takes the reply out of the note inbound.ts writes, or the whole note', () => {
    expect(replyOfNote('Replied: “Who is this?”')).toBe('Who is this?')
    expect(replyOfNote('Something else')).toBe('Something else')
  })
})

describe('the safety signals of live campaigns and dry runs', () => {
  const signals = (db: Database, rehearse = false): SafetySignals =>
    new SafetySignals({
      db,
      optOutKeywords: () => defaultOptOutKeywords,
      complaintWords: () => defaultComplaintWords,
      rehearse,
    })
  // What the campaign page says, in English
  const worded = (said: Phrase | null | undefined): string | null => (said ? english(said) : null)
  const stops = { 1: 'STOP', 5: 'stop please', 9: 'BAJA' }

  it("never pauses a live campaign on a dry run's invented replies, and does not judge dry runs", () => {
    const db = database()
    const live = campaign(db, { dryRun: false, first: 0, count: 30, at: 0 })
    const dry = campaign(db, { dryRun: true, first: 100, count: 30, at: 100, replies: stops })
    expect(signals(db).judgeFor({ id: live, dryRun: false })?.(0)).toBeNull()
    expect(signals(db).judgeFor({ id: dry, dryRun: true })).toBeUndefined()
  })

  it('rehearses a dry run over the dry runs’ own sends when asked, never over live ones', () => {
    const db = database()
    const live = campaign(db, { dryRun: false, first: 0, count: 30, at: 0, replies: stops })
    const dry = campaign(db, { dryRun: true, first: 100, count: 30, at: 100 })
    expect(signals(db, true).judgeFor({ id: dry, dryRun: true })?.(0)).toBeNull()
    expect(worded(signals(db, true).judgeFor({ id: live, dryRun: false })?.(0))).toMatch(
      /^3 of the last 30 people/,
    )
    campaign(db, { dryRun: true, first: 200, count: 30, at: 200, replies: stops })
    expect(worded(signals(db, true).judgeFor({ id: dry, dryRun: true })?.(0))).toMatch(
      /^3 of the last 50 people/,
    )
  })

  it('lets a resumed campaign go on over what paused it, until a new signal comes', () => {
    const db = database()
    const id = campaign(db, { dryRun: false, first: 0, count: 30, at: 0, replies: stops })
    const safety = signals(db)
    expect(worded(safety.judgeFor({ id, dryRun: false })?.(0))).toMatch(/^3 of the last 30/)
    // Another campaign that was not paused by it still is, until it too is resumed.
    expect(worded(safety.judgeFor({ id: id + 1, dryRun: false })?.(0))).toMatch(/^3 of the last 30/)
    const resumed = safety.judgeFor({ id, dryRun: false })
    expect(resumed?.(0)).toBeNull()
    optOut(db, 20)
    expect(worded(resumed?.(0))).toMatch(/^4 of the last 30/)
  })
})
