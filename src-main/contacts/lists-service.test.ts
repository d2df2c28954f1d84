import { describe, expect, it } from 'vitest'
import type { ImportRow, VerdictCounts } from '../../src-shared/domain/contacts'
import type { TestContext } from '../context.test-support'
import { AppError } from '../errors'
import { thrownBy } from '../thrown.test-support'
import { withFreshContext } from '../context.test-support'
import { ContactListsRepo } from '../db/repos/contact-lists-repo'
import { deleteChunk, ListsService } from './lists-service'

let ctx: TestContext
let lists: ListsService
let clock = new Date('2026-03-01T12:00:00Z')
let seen: unknown[] = []

withFreshContext((fresh) => {
  ctx = fresh
  clock = new Date('2026-03-01T12:00:00Z')
  lists = new ListsService({ db: ctx.db, events: ctx.events, record: ctx.record, now: () => clock })
  seen = []
  ctx.events.subscribe((event, payload) => seen.push([event, payload]))
})

/** Spreadsheet rows 2..n+1: every 10th invalid, every 25th a duplicate of row 2, cities alternate. */
function makeRows(n: number): ImportRow[] {
  return Array.from({ length: n }, (_, i) => {
    const row = i + 2
    const local = String(900000 + i)
    const invalid = i % 10 === 9
    const duplicate = !invalid && i % 25 === 24
    return {
      row,
      name: `Shop ${i}`,
      phoneRaw: invalid ? 'call me' : `07700 ${local}`,
      phone: invalid ? null : `+447700${local}`,
      verdict: invalid ? 'invalid' : duplicate ? 'duplicate' : 'valid',
      reason: invalid ? 'Not a phone number' : null,
      duplicateOf: duplicate ? 2 : null,
      repaired: false,
      fields: { city: i % 2 === 0 ? 'York' : 'Leeds', website: i === 4321 ? 'https://bakery.example' : '' },
    }
  })
}

function countsOf(rows: ImportRow[]): VerdictCounts {
  const count = (verdict: ImportRow['verdict']): number => rows.filter((r) => r.verdict === verdict).length
  return {
    total: rows.length,
    valid: count('valid'),
    invalid: count('invalid'),
    duplicate: count('duplicate'),
    opted_out: count('opted_out'),
    repaired: 0,
  }
}

const meta = { name: 'Shops', sourceFile: 'shops.xlsx', sheet: 'Sheet1', country: 'GB', fieldKeys: ['city'] }

function save(name: string, rows: ImportRow[], chunk = 2000): number {
  const id = lists.create({ ...meta, name })
  for (let i = 0; i < rows.length; i += chunk) lists.appendChunk(id, rows.slice(i, i + chunk))
  lists.finish(id, countsOf(rows))
  return id
}

const errorOf = (run: () => unknown): AppError => thrownBy(AppError, run)

const contactsOf = (listId: number): number =>
  ctx.db.prepare('SELECT count(*) FROM contacts WHERE list_id = ?').pluck().get(listId) as number

/**
 * The list's contacts counted at every turn of the event loop until the deletions are done, and whether
 * the list was ever listed meanwhile: a chunked deletion shows several counts, each at most a chunk less.
 */
async function countsWhileDeleting(listId: number): Promise<{ counts: number[]; shown: boolean }> {
  const counts = [contactsOf(listId)]
  let shown = false
  let done = false
  void lists.deletionsDone().then(() => (done = true))
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve))
    counts.push(contactsOf(listId))
    shown ||= lists.list().some((l) => l.id === listId)
  }
  return { counts, shown }
}

function expectChunked(counts: number[], total: number): void {
  const steps = counts.slice(1).map((n, i) => (counts[i] ?? 0) - n)
  expect(counts[0]).toBe(total)
  expect(counts.at(-1)).toBe(0)
  expect(Math.max(...steps)).toBeLessThanOrEqual(deleteChunk)
  expect(steps.filter((n) => n > 0).length).toBeGreaterThanOrEqual(Math.ceil(total / deleteChunk))
}

describe('ListsService', () => {
  it('saves 10,000 rows in chunks and shows the list only once it is finished', () => {
    const rows = makeRows(10_000)
    const id = lists.create(meta)
    for (let i = 0; i < rows.length; i += 2000) lists.appendChunk(id, rows.slice(i, i + 2000))
    expect(lists.list()).toEqual([])
    expect(errorOf(() => lists.get(id)).code).toBe('NOT_FOUND')

    const saved = lists.finish(id, countsOf(rows))
    expect(saved).toEqual({
      id,
      name: 'Shops',
      sourceFile: 'shops.xlsx',
      sheet: 'Sheet1',
      country: 'GB',
      createdAt: '2026-03-01T12:00:00.000Z',
      counts: { total: 10_000, valid: 8800, invalid: 1000, duplicate: 200, opted_out: 0, repaired: 0 },
      fieldKeys: ['city'],
      fieldHeaders: {},
    })
    expect(lists.list()).toEqual([saved])
    expect(lists.get(id)).toEqual(saved)
    expect(seen).toEqual([['lists:changed', { listId: id }]])
    expect(ctx.appEvents.recent(5).map((e) => e.kind)).toContain('list_saved')
  })

  it('keeps the header each field key was made from, and which numbers Herald repaired', () => {
    const id = lists.create({ ...meta, fieldHeaders: { city: ' Town of visit ', gone: 'Not a field' } })
    const [first, second] = makeRows(2)
    if (!first || !second) throw new Error('two rows')
    const rows = [{ ...first, phoneRaw: '7700 900000', repaired: true }, second]
    lists.appendChunk(id, rows)
    lists.finish(id, { ...countsOf(rows), repaired: 1 })
    expect(lists.get(id).fieldHeaders).toEqual({ city: 'Town of visit' })
    expect(lists.contacts(id, { offset: 0, limit: 5 }).rows.map((c) => [c.phoneRaw, c.repaired])).toEqual([
      ['7700 900000', true],
      ['07700 900001', false],
    ])
    expect(lists.validAtImport(id, 0, 5).map((c) => c.repaired)).toEqual([true, false])
  })

  it('pages through the contacts in row order with the total', () => {
    const id = save('Shops', makeRows(10_000))
    const first = lists.contacts(id, { offset: 0, limit: 3 })
    expect(first.total).toBe(10_000)
    expect(first.rows.map((c) => c.row)).toEqual([2, 3, 4])
    expect(first.rows[0]).toMatchObject({
      name: 'Shop 0',
      phoneRaw: '07700 900000',
      phone: '+447700900000',
      verdict: 'valid',
      reason: null,
      duplicateOf: null,
      fields: { city: 'York', website: '' },
    })
    const last = lists.contacts(id, { offset: 9_998, limit: 100 })
    expect(last.rows.map((c) => c.row)).toEqual([10_000, 10_001])
    expect(lists.contacts(id, { offset: 20_000, limit: 10 })).toEqual({ total: 10_000, rows: [] })
  })

  it('filters by verdict and searches names, phone digits and field values', () => {
    const id = save('Shops', makeRows(10_000))
    const invalid = lists.contacts(id, { verdict: 'invalid', offset: 0, limit: 2 })
    expect(invalid.total).toBe(1000)
    expect(invalid.rows.map((c) => [c.row, c.reason])).toEqual([
      [11, 'Not a phone number'],
      [21, 'Not a phone number'],
    ])
    expect(lists.contacts(id, { search: 'shop 123', offset: 0, limit: 100 }).rows.map((c) => c.name)).toEqual(
      [
        'Shop 123',
        'Shop 1230',
        'Shop 1231',
        'Shop 1232',
        'Shop 1233',
        'Shop 1234',
        'Shop 1235',
        'Shop 1236',
        'Shop 1237',
        'Shop 1238',
        'Shop 1239',
      ],
    )
    const digits = lists.contacts(id, { search: '7700 904 32', offset: 0, limit: 100 })
    expect(digits.rows.map((c) => c.phone)).toEqual([
      '+447700904320',
      '+447700904321',
      '+447700904322',
      '+447700904323',
      '+447700904324',
      '+447700904325',
      '+447700904326',
      '+447700904327',
      '+447700904328',
    ])
    expect(lists.contacts(id, { search: '+447700900001', offset: 0, limit: 10 }).rows).toHaveLength(1)
    expect(lists.contacts(id, { search: 'bakery', offset: 0, limit: 10 }).rows.map((c) => c.row)).toEqual([
      4323,
    ])
    expect(lists.contacts(id, { search: 'city', offset: 0, limit: 10 }).total).toBe(0)
    const york = (verdict: 'duplicate' | 'invalid'): number =>
      lists.contacts(id, { search: 'YORK', verdict, offset: 0, limit: 10 }).total
    expect([york('duplicate'), york('invalid')]).toEqual([200, 0])
    expect(lists.contacts(id, { search: '%', offset: 0, limit: 10 }).total).toBe(0)
    expect(lists.contacts(id, { search: '  ', offset: 0, limit: 1 }).total).toBe(10_000)
  })

  it('finds a number typed the national way, and the digits of a number that could not be read', () => {
    const [a, b] = makeRows(2) as [ImportRow, ImportRow]
    const unreadable: ImportRow = { ...b, phoneRaw: '(0161) 496-0999 x', phone: null, verdict: 'invalid' }
    const id = save('Two', [a, unreadable])
    const rowsFor = (search: string): number[] =>
      lists.contacts(id, { search, offset: 0, limit: 10 }).rows.map((c) => c.row)
    expect(rowsFor('07700 900 000')).toEqual([2])
    expect(rowsFor('+44 7700 900000')).toEqual([2])
    expect(rowsFor('0161 4960')).toEqual([3])
    expect(rowsFor('(0161)')).toEqual([3])
    expect(rowsFor('4960999')).toEqual([3])
  })

  it('keeps a list left half-saved invisible and removes it at start-up', async () => {
    const ready = save('Ready', makeRows(10))
    const half = lists.create({ ...meta, name: 'Crashed' })
    lists.appendChunk(half, makeRows(50))
    expect(lists.list().map((l) => l.id)).toEqual([ready])
    expect(errorOf(() => lists.contacts(half, { offset: 0, limit: 10 })).code).toBe('NOT_FOUND')

    expect(lists.deleteUnfinished()).toBe(1)
    expect(lists.deleteUnfinished()).toBe(0)
    expect(lists.list().map((l) => l.id)).toEqual([ready])
    await lists.deletionsDone()
    expect(ctx.db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 10 })
    expect(ctx.appEvents.recent(5)).toContainEqual(
      expect.objectContaining({ kind: 'lists_unfinished_deleted', level: 'warn' }),
    )
  })

  it('abandons a half-saved list but never a finished one', async () => {
    const ready = save('Ready', makeRows(10))
    const half = lists.create(meta)
    lists.appendChunk(half, makeRows(10))
    lists.abandon(half)
    lists.abandon(ready)
    expect(errorOf(() => lists.appendChunk(half, makeRows(1))).code).toBe('NOT_FOUND')
    expect(errorOf(() => lists.finish(half, countsOf([]))).code).toBe('NOT_FOUND')
    await lists.deletionsDone()
    expect(errorOf(() => lists.appendChunk(half, makeRows(1))).code).toBe('NOT_FOUND')
    expect(lists.get(ready).counts.total).toBe(10)
  })

  it('abandons a big list a chunk per turn of the event loop, out of sight, until it is gone', async () => {
    const other = save('Other', makeRows(3))
    const half = lists.create(meta)
    const rows = makeRows(12_345)
    for (let i = 0; i < rows.length; i += 4000) lists.appendChunk(half, rows.slice(i, i + 4000))

    lists.abandon(half)
    const { counts, shown } = await countsWhileDeleting(half)

    expectChunked(counts, 12_345)
    expect(shown).toBe(false)
    expect(ctx.db.prepare('SELECT id FROM contact_lists').pluck().all()).toEqual([other])
    expect(lists.contacts(other, { search: 'shop', offset: 0, limit: 10 }).total).toBe(3)
  })

  it('removes the lists left half-saved or half-deleted after start-up, a chunk per turn', async () => {
    const crashed = lists.create({ ...meta, name: 'Crashed' })
    const rows = makeRows(5_432)
    for (let i = 0; i < rows.length; i += 2000) lists.appendChunk(crashed, rows.slice(i, i + 2000))
    const deleted = save('Deleted', makeRows(3_000))
    ctx.db.prepare("UPDATE contact_lists SET status = 'saving' WHERE id = ?").run(deleted)

    expect(lists.deleteUnfinished()).toBe(2)
    // Saved in this run, after start-up: not the earlier run's
    const fresh = lists.create({ ...meta, name: 'Fresh' })
    lists.appendChunk(fresh, makeRows(5))
    const { counts, shown } = await countsWhileDeleting(crashed)

    expectChunked(counts, 5_432)
    expect(shown).toBe(false)
    expect(contactsOf(deleted)).toBe(0)
    expect(ctx.db.prepare('SELECT id FROM contact_lists').pluck().all()).toEqual([fresh])
    expect(lists.finish(fresh, countsOf(makeRows(5))).counts.total).toBe(5)
    expect(lists.contacts(fresh, { search: 'shop 4', offset: 0, limit: 10 }).total).toBe(1)
  })

  it('refuses rows for a finished list and writes a chunk with a bad row not at all', () => {
    const ready = save('Ready', makeRows(10))
    expect(errorOf(() => lists.appendChunk(ready, makeRows(1))).code).toBe('CONFLICT')
    expect(errorOf(() => lists.finish(ready, countsOf([]))).code).toBe('CONFLICT')
    const id = lists.create(meta)
    const rows = makeRows(5)
    expect(() => lists.appendChunk(id, [...rows, rows[0] as ImportRow])).toThrow(/UNIQUE/)
    lists.finish(id, countsOf([]))
    expect(lists.contacts(id, { offset: 0, limit: 10 }).total).toBe(0)
  })

  it('gives a name in use " (2)", " (3)", whatever the case, and needs a name', () => {
    save('Shops', [])
    const second = lists.create({ ...meta, name: '  shops ' })
    const third = lists.create({ ...meta, name: 'Shops' })
    lists.finish(second, countsOf([]))
    lists.finish(third, countsOf([]))
    expect(lists.list().map((l) => l.name)).toEqual(['Shops (3)', 'shops (2)', 'Shops'])
    expect(errorOf(() => lists.create({ ...meta, name: ' ' })).code).toBe('BAD_INPUT')
  })

  it('lists the newest first', () => {
    const older = save('Older', [])
    clock = new Date('2026-03-02T08:00:00Z')
    const newer = save('Newer', [])
    expect(lists.list().map((l) => l.id)).toEqual([newer, older])
  })

  it('deletes a list with its contacts, tells every window and then no longer finds it', async () => {
    const id = save('Shops', makeRows(12_345))
    const other = save('Other', makeRows(3))
    seen = []
    const deleting = lists.delete(id)
    expect(lists.list().map((l) => l.id)).toEqual([other])
    expect(seen).toEqual([['lists:changed', { listId: id }]])
    await deleting
    expect(ctx.db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 3 })
    expect(ctx.db.prepare('SELECT count(*) AS n FROM contact_lists').get()).toEqual({ n: 1 })
    const gone = errorOf(() => lists.get(id))
    expect(gone.code).toBe('NOT_FOUND')
    expect(gone.message).toMatch(/^That contact list no longer exists\. /)
    await expect(lists.delete(id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(ctx.appEvents.recent(5).map((e) => e.kind)).toContain('list_deleted')
  })
})

describe('the search index after saving', () => {
  /** How many of the list's contacts are past its mark in the search index (not indexed yet). */
  const notIndexed = (listId: number): number =>
    ctx.db
      .prepare(
        `SELECT count(*) FROM contacts WHERE list_id = ?
           AND id > (SELECT search_indexed_through FROM contact_lists WHERE id = ?)`,
      )
      .pluck()
      .get(listId, listId) as number

  it('catches up a chunk at a time after the list is saved, and finds the same contacts meanwhile', async () => {
    const rows = makeRows(12_000)
    const id = save('Big', rows)
    // Saved and visible at once; the index follows
    expect(notIndexed(id)).toBe(rows.length)
    const search = { search: 'bakery', offset: 0, limit: 5 }
    expect(lists.contacts(id, search).rows.map((c) => c.name)).toEqual(['Shop 4321'])
    await lists.searchIndexed()
    expect(notIndexed(id)).toBe(0)
    expect(lists.contacts(id, search).rows.map((c) => c.name)).toEqual(['Shop 4321'])
  })

  it('finishes at start-up a list a run left out of the index', async () => {
    const repo = new ContactListsRepo(ctx.db)
    const id = repo.insertList({
      ...meta,
      name: 'Cut short',
      fieldHeaders: {},
      createdAt: clock.toISOString(),
    })
    const rows = makeRows(50)
    repo.insertContacts(id, rows)
    repo.markReady(id, countsOf(rows))
    expect(notIndexed(id)).toBe(50)
    lists.catchUpSearch()
    await lists.searchIndexed()
    expect(notIndexed(id)).toBe(0)
    expect(lists.contacts(id, { search: 'bakery', offset: 0, limit: 5 }).total).toBe(0)
    expect(lists.contacts(id, { search: 'shop 4', offset: 0, limit: 50 }).total).toBe(11)
  })
})
