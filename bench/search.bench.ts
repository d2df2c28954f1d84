// The contact-search benchmark (issue 16): a 100,000-contact list, searched with LIKE alone (as before
// migration 0017) and through the trigram index, each next to a floor measured in the same run — counting
// the list's rows, the least a search that reports a total can cost. Also: saving the list's rows with and
// without the index, and deleting a list (abandoned unindexed, deleted indexed) a chunk per turn, with the
// longest the event loop was held. Not part of `npm test`.
// Run: npm run bench:search   (SEARCH_ROWS, SEARCH_RUNS change the figures)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { ImportRow, VerdictCounts } from '../src-shared/domain/contacts'
import { ListsService } from '../src-main/contacts/lists-service'
import { openDatabase } from '../src-main/db/connection'
import { ContactListsRepo } from '../src-main/db/repos/contact-lists-repo'
import { EventHub } from '../src-main/events'
import { medianMs, ms } from './timing'

const rowCount = Number(process.env.SEARCH_ROWS ?? 100_000)
const runs = Number(process.env.SEARCH_RUNS ?? 9)
const chunk = 4000 // as the import saves (src-main/import/session.ts)

const firsts = ['Amira', 'José', 'Zoë', 'Liam', 'Chloé', 'Oliver', 'Priya', 'Mohammed', 'Ana', 'Søren']
const lasts = ['Núñez', 'Smith', 'Jones', 'Brown', 'Patel', 'Khan', 'Müller', 'Taylor', 'Wilson', 'Lefèvre']
const trades = ['Bakery', 'Café', 'Florist', 'Garage', 'Salon', 'Dental', 'Books', 'Hardware']
const cities = ['London', 'Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff', 'York', 'Bath', 'Málaga']
const streets = ['High Street', 'Station Road', 'Church Lane', 'Mill Road', 'Park Avenue']

/** A deterministic pseudo-random source (mulberry32), so that every run searches the same rows. */
function random(seed: number): (n: number) => number {
  let state = seed
  return (n) => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) % n
  }
}

/** Contacts like a shop list's: a name, a UK mobile as people type it (one in 20 unreadable), 3 fields. */
function makeRows(count: number, seed: number): ImportRow[] {
  const pick = random(seed)
  const of = (values: string[]): string => values[pick(values.length)] ?? ''
  return Array.from({ length: count }, (_, i) => {
    const local = String(100000 + pick(900000))
    const mobile = `7${700 + pick(300)}${local}`
    const readable = i % 20 !== 19
    return {
      row: i + 2,
      name: `${of(firsts)} ${of(lasts)} ${of(trades)}`,
      phoneRaw: readable ? `0${mobile.slice(0, 4)} ${local.slice(0, 3)} ${local.slice(3)}` : `ext ${local}`,
      phone: readable ? `+44${mobile}` : null,
      verdict: readable ? 'valid' : 'invalid',
      reason: readable ? null : 'Not a phone number',
      duplicateOf: null,
      repaired: false,
      fields: {
        city: of(cities),
        address: `${1 + pick(200)} ${of(streets)}`,
        email: `hello${i}@shop${pick(5000)}.example`,
      },
    }
  })
}

function countsOf(rows: ImportRow[]): VerdictCounts {
  const invalid = rows.filter((r) => r.verdict === 'invalid').length
  return {
    total: rows.length,
    valid: rows.length - invalid,
    invalid,
    duplicate: 0,
    opted_out: 0,
    repaired: 0,
  }
}

const time = (work: () => unknown): number => medianMs(runs, work)
const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`.padStart(11)

/** Saves `rows` a chunk at a time with `write`; the whole time and the longest chunk. */
function save(rows: ImportRow[], write: (rows: ImportRow[]) => void): { total: number; longest: number } {
  let longest = 0
  const start = performance.now()
  for (let at = 0; at < rows.length; at += chunk) {
    const began = performance.now()
    write(rows.slice(at, at + chunk))
    longest = Math.max(longest, performance.now() - began)
  }
  return { total: performance.now() - start, longest }
}

/** Runs a chunked deletion to its end; its whole time and the longest the event loop was held. */
async function deletion(work: () => Promise<void>): Promise<{ total: number; stall: number }> {
  const stalls = monitorEventLoopDelay({ resolution: 1 })
  stalls.enable()
  const start = performance.now()
  await work()
  const total = performance.now() - start
  stalls.disable()
  return { total, stall: stalls.max / 1e6 }
}

function searches(db: ReturnType<typeof openDatabase>['db'], listId: number, floor: number): void {
  const indexed = new ContactListsRepo(db)
  const likeOnly = new ContactListsRepo(db, { useIndex: false })
  const queries: [string, string][] = [
    ['name fragment', 'nunez'],
    ['name fragment, accents', 'Chloé'],
    ['city', 'manchester'],
    ['street', 'mill road'],
    ['4-digit number fragment', '4567'],
    ['number typed the national way', '07745 1'],
    ['whole number', '07712 345 678'],
    ['no hits', 'zzzz'],
    ['2 letters (LIKE either way)', 'mo'],
    ['in every row (".example")', '.example'],
  ]
  console.log(
    `\nSearch, count + first page of 100 (${runs} runs each)` +
      `\n${''.padEnd(38)}${'hits'.padStart(7)}${'LIKE'.padStart(11)}${'index'.padStart(11)}${'× floor'.padStart(9)}   target`,
  )
  for (const [label, search] of queries) {
    const query = { search, offset: 0, limit: 100 }
    const hits = indexed.contacts(listId, query).total
    if (likeOnly.contacts(listId, query).total !== hits)
      throw new Error(`"${search}": the two searches differ`)
    const like = time(() => likeOnly.contacts(listId, query))
    const index = time(() => indexed.contacts(listId, query))
    const ratio = `${(index / floor).toFixed(1)}×`.padStart(9)
    const verdict = index < 40 ? 'PASS' : 'MISS'
    console.log(
      `  ${`${label} "${search}"`.padEnd(36)}${String(hits).padStart(7)}${ms(like)}${ms(index)}${ratio}   < 40 ms  ${verdict}`,
    )
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-search-bench-'))
  const { db } = openDatabase(path.join(dir, 'herald.db'))
  const lists = new ListsService({ db, events: new EventHub(), record: () => undefined })
  const repo = new ContactListsRepo(db)
  const meta = { sourceFile: 'shops.xlsx', sheet: 'Sheet1', country: 'GB', fieldKeys: ['city'] }
  try {
    const rows = makeRows(rowCount, 16)
    console.log(`sqlite ${String(db.prepare('SELECT sqlite_version()').pluck().get())}, ${rowCount} contacts`)

    const plain = lists.create({ ...meta, name: 'Without the index' })
    const before = save(rows, (part) => repo.insertContacts(plain, part))
    const abandoned = await deletion(async () => {
      lists.abandon(plain)
      await lists.deletionsDone()
    })
    const listId = lists.create({ ...meta, name: 'Searched' })
    const after = save(rows, (part) => lists.appendChunk(listId, part))
    lists.finish(listId, countsOf(rows))
    // Another list in the same index, as a real database has
    const other = lists.create({ ...meta, name: 'Other' })
    const otherRows = makeRows(Math.round(rowCount / 2), 17)
    save(otherRows, (part) => lists.appendChunk(other, part))
    lists.finish(other, countsOf(otherRows))
    // The index catches up after saving, a chunk per turn (ListsService.finish)
    const indexing = await deletion(() => lists.searchIndexed())

    console.log(
      `\nSaving ${rowCount} contacts in chunks of ${chunk}${'whole'.padStart(9)}${'chunk max'.padStart(11)}`,
    )
    console.log(
      `  rows alone (before the index)${''.padEnd(18)}${seconds(before.total)}${ms(before.longest)}`,
    )
    console.log(`  rows, as an import saves them${''.padEnd(18)}${seconds(after.total)}${ms(after.longest)}`)
    console.log(
      `  search index after saving (150,000 rows)${''.padEnd(7)}${seconds(indexing.total)}${ms(indexing.stall)}   < 50 ms a turn`,
    )

    const countList = db.prepare('SELECT count(*) FROM contacts WHERE list_id = ?').pluck()
    const floor = time(() => countList.get(listId))
    console.log(`\nfloor: SELECT count(*) FROM contacts WHERE list_id = ? ${ms(floor)} (median of ${runs})`)
    searches(db, listId, floor)

    const deleted = await deletion(() => lists.delete(listId))
    console.log(
      `\nDeleting a ${rowCount}-contact list a chunk per turn${'whole'.padStart(15)}${'longest hold'.padStart(14)}`,
    )
    console.log(
      `  abandon (rows not in the index)${''.padEnd(16)}${seconds(abandoned.total)}${ms(abandoned.stall)}   < 50 ms`,
    )
    console.log(
      `  delete (rows in the index)${''.padEnd(21)}${seconds(deleted.total)}${ms(deleted.stall)}   < 50 ms`,
    )
  } finally {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

void main()
