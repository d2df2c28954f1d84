import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from '../migrations'
import { MessagesRepo } from './messages-repo'
import type { NewMessage } from './messages-repo'

let db: Database
let repo: MessagesRepo
const campaignId = 1

function message(contactId: number, phone = `+4479111000${String(contactId).padStart(2, '0')}`): NewMessage {
  return {
    contactId,
    phone,
    name: `C${contactId}`,
    variant: 'A',
    body: 'Hi',
    status: 'queued',
    category: null,
    detail: null,
  }
}

beforeEach(() => {
  db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, ':memory:')
  db.exec(`INSERT INTO campaigns (id, name, list_name, template_name, status, dry_run, pacing, variant_rule,
    template_snapshot, created_at, prepared) VALUES (1, 'C', 'L', 'T', 'running', 1, '{}', '{}', '[]', 'now', 1)`)
  repo = new MessagesRepo(db, (from, to) => {
    if (from === 'sent' && to === 'queued') throw new Error('refused')
  })
  repo.insertMany(
    campaignId,
    [1, 2, 3].map((id) => message(id)),
    '2026-03-01T10:00:00.000Z',
  )
})
afterEach(() => db.close())

describe('messages repo', () => {
  it('moves a message only from its current status, with its event in the same transaction', () => {
    const m = repo.get(1)!
    expect(repo.move(m, 'sending', 'sent', { at: 'a' })).toBe(false)
    expect(repo.move(m, 'queued', 'sending', { at: 'b', attempt: true })).toBe(true)
    expect(repo.move(m, 'sending', 'sent', { at: 'c', waMessageId: 'wa1' })).toBe(true)
    expect(repo.get(1)).toMatchObject({ status: 'sent', attempts: 1, waMessageId: 'wa1', sentAt: 'c' })
    expect(repo.events.ofMessage(1).map((e) => [e.from, e.to, e.at])).toEqual([
      [null, 'queued', '2026-03-01T10:00:00.000Z'],
      ['queued', 'sending', 'b'],
      ['sending', 'sent', 'c'],
    ])
    expect(() => repo.move(m, 'sent', 'queued', { at: 'd' })).toThrow('refused')
    expect(repo.byWaId('wa1')?.id).toBe(1)
  })

  it('commits the durable move with synchronous=FULL and always puts NORMAL back', () => {
    const seen: string[] = []
    const pragma = db.pragma.bind(db)
    vi.spyOn(db, 'pragma').mockImplementation((source, options) => {
      seen.push(`${source} while ${repo.get(1)?.status}/${repo.get(2)?.status}`)
      return pragma(source, options)
    })
    expect(repo.moveDurably(repo.get(1)!, 'queued', 'sending', { at: 'x' })).toBe(true)
    db.exec(`CREATE TEMP TRIGGER fail BEFORE UPDATE ON messages BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    expect(() => repo.moveDurably(repo.get(2)!, 'queued', 'sending', { at: 'y' })).toThrow('disk full')
    expect(seen).toEqual([
      'synchronous = FULL while queued/queued',
      'synchronous = NORMAL while sending/queued',
      'synchronous = FULL while sending/queued',
      'synchronous = NORMAL while sending/queued',
    ])
    expect(repo.events.ofMessage(2)).toHaveLength(1)
  })

  it('hands out the next queued message whose retry time has come', () => {
    repo.move(repo.get(1)!, 'queued', 'sending', { at: 'a' })
    repo.move(repo.get(1)!, 'sending', 'queued', { at: 'b', nextAttemptAt: '2026-03-01T10:05:00.000Z' })
    expect(repo.nextReady(campaignId, '2026-03-01T10:01:00.000Z')?.id).toBe(2)
    repo.move(repo.get(2)!, 'queued', 'skipped', { at: 'c' })
    repo.move(repo.get(3)!, 'queued', 'skipped', { at: 'c' })
    expect(repo.nextReady(campaignId, '2026-03-01T10:01:00.000Z')).toBeUndefined()
    expect(repo.earliestQueued(campaignId)).toBe('2026-03-01T10:05:00.000Z')
    expect(repo.nextReady(campaignId, '2026-03-01T10:05:00.000Z')?.id).toBe(1)
    expect(repo.unfinished(campaignId)).toBe(1)
  })

  it('records an error without a move, and finds what a reply answers', () => {
    const m = repo.get(1)!
    repo.move(m, 'queued', 'sending', { at: 'a' })
    expect(repo.recordError(m, 'sending', 'b', { category: 'disconnected', detail: 'Lost' })).toBe(true)
    expect(repo.get(1)).toMatchObject({ status: 'sending', category: 'disconnected', detail: 'Lost' })
    expect(repo.latestSentTo(m.phone)).toBeUndefined()
    repo.move(m, 'sending', 'sent', { at: '2026-03-01T10:00:30.000Z' })
    expect(repo.latestSentTo(m.phone)?.id).toBe(1)
    expect(repo.queuedTo(repo.get(2)!.phone).map((q) => q.id)).toEqual([2])
    expect(repo.statusesOf([1, 2])).toEqual(['sent', 'queued'])
    expect(repo.sentPerMinute(campaignId, '2026-03-01T10:00:00.000Z')).toEqual([
      { minute: '2026-03-01T10:00', sent: 1 },
    ])
    expect(repo.sentTimesSince('2026-03-01T00:00:00.000Z', true)).toEqual(['2026-03-01T10:00:30.000Z'])
    expect(repo.sentTimesSince('2026-03-01T00:00:00.000Z', false)).toEqual([])
  })
})
