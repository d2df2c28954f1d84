import path from 'node:path'
import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedSmallHistory } from '../../reports/fixtures.test-support'
import { tempDataDir } from '../../context.test-support'
import { openDatabase } from '../connection'
import { seedBulk } from '../history-fixtures.test-support'
import { ReportsRepo } from './reports-repo'

let db: Database
let remove: () => void
let repo: ReportsRepo

beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  db = openDatabase(path.join(temp.dir, 'herald.db')).db
  repo = new ReportsRepo(db)
})
afterEach(() => {
  db.close()
  remove()
})

describe('ReportsRepo', () => {
  it('summarises campaigns with their counts by status', () => {
    const [first, second] = seedSmallHistory(db)
    const rows = repo.campaignSummaries({})
    expect(rows.map((r) => [r.id, r.total, r.dryRun, r.status])).toEqual([
      [first, 11, true, 'completed'],
      [second, 3, false, 'paused'],
    ])
    expect(rows[0]?.counts).toEqual({
      queued: 0,
      sending: 0,
      sent: 2,
      delivered: 2,
      read: 2,
      replied: 2,
      failed: 2,
      skipped: 1,
    })
    expect(repo.campaignSummaries({ campaignId: second }).map((r) => r.name)).toEqual(['عرض رمضان 🌙'])
    expect(repo.campaignName(99)).toBeUndefined()
  })

  it('pages through the whole log in id order without gaps, for all campaigns or one', () => {
    const ids = seedBulk(db, 3, 2500)
    const pages = [...repo.messagePages({}, { size: 1000 })]
    expect(pages.map((p) => p.length)).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000, 500])
    const all = pages.flat().map((m) => m.id)
    expect(all).toEqual(Array.from({ length: 7500 }, (_, i) => i + 1))
    expect(repo.countMessages({})).toBe(7500)
    const one = [...repo.messagePages({ campaignId: ids[1] })].flat()
    expect(one).toHaveLength(2500)
    expect(one.every((m) => m.campaignId === ids[1] && m.campaignName === 'Campaign 1')).toBe(true)
    const failed = [...repo.messagePages({ campaignId: ids[1] }, { failed: true })].flat()
    expect(failed.length).toBe(repo.countMessages({ campaignId: ids[1] }, true))
    expect(new Set(failed.map((m) => m.status))).toEqual(new Set(['failed', 'skipped']))
  })

  it('counts errors by category and messages per stage per UTC day', () => {
    const [first, second] = seedSmallHistory(db)
    expect(repo.errorCounts({}).map((r) => [r.campaignId, r.category, r.count])).toEqual([
      [first, 'not_on_whatsapp', 2],
      [first, 'duplicate', 1],
      [second, 'timeout', 1],
    ])
    expect(repo.daily({})).toEqual([
      { day: '2026-03-02', sent: 8, delivered: 6, read: 4, replied: 0 },
      { day: '2026-03-03', sent: 1, delivered: 1, read: 1, replied: 2 },
    ])
    expect(repo.daily({ campaignId: second })).toEqual([
      { day: '2026-03-03', sent: 1, delivered: 1, read: 1, replied: 0 },
    ])
  })
})
