// The Inbox benchmark (issue 18): 100,000 conversations (about 2.5 replies each, one in ten from a dry
// run), paged and filtered as the Inbox screen asks, each next to a floor measured in the same run — a
// count of every conversation, the least a page that reports its total can cost. Target: < 50 ms.
// Not part of `npm test`.  Run: npm run bench:inbox   (INBOX_CONVERSATIONS, INBOX_RUNS change the figures)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase } from '../src-main/db/connection'
import { InboxRepo } from '../src-main/db/repos/inbox-repo'
import type { InboxQuery } from '../src-shared/domain/inbox'
import { medianMs, ms } from './timing'

const conversations = Number(process.env.INBOX_CONVERSATIONS ?? 100_000)
const runs = Number(process.env.INBOX_RUNS ?? 9)
const texts = [
  'Thanks!',
  'How much is it?',
  'Interested, can you call me?',
  'Who is this?',
  'Ok 👍',
  '¿Cuánto cuesta el envío a Málaga?',
  'Quero saber o preço',
  'STOP',
]

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-inbox-bench-'))
const { db } = openDatabase(path.join(folder, 'herald.db'))
try {
  const repo = new InboxRepo(db)
  const start = Date.UTC(2026, 0, 1)
  const seed = db.transaction(() => {
    for (let i = 0; i < conversations; i++) {
      const replies = 1 + (i % 4)
      for (let r = 0; r < replies; r++) {
        const text = texts[(i * 7 + r) % texts.length]!
        repo.recordIncoming(
          {
            phone: `+447${String(700000000 + i)}`,
            name: `Shop ${i}`,
            campaignId: null,
            messageId: null,
            accountId: 1 + (i % 3),
            text,
            media: null,
            waMessageId: null,
            at: new Date(start + i * 60_000 + r * 1000).toISOString(),
            rehearsal: i % 10 === 0,
            optedOut: text === 'STOP',
          },
          new Date(start).toISOString(),
        )
      }
      if (i % 5 === 0) db.prepare("UPDATE conversations SET status = 'lead' WHERE id = ?").run(i + 1)
    }
  })
  const seeded = performance.now()
  seed()
  console.log(
    `Seeded ${conversations.toLocaleString('en')} conversations in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  )
  db.pragma('optimize')

  // Reading every conversation's row once (what a filter without an index costs)
  const floor = medianMs(runs, () =>
    db
      .prepare('SELECT count(*) FROM conversations WHERE replies > 0 AND updated_at IS NOT NULL')
      .pluck()
      .get(),
  )
  // As InboxService.list asks: the page, then the count unless a first page that is not full says it
  const page = (query: InboxQuery): number =>
    medianMs(runs, () => {
      const full = { limit: 100, offset: 0, includeRehearsal: false, ...query }
      const rows = repo.page(full)
      if (full.offset > 0 || rows.length === full.limit) repo.count(full)
      repo.unreadCount(false)
    })
  const cases: [string, InboxQuery][] = [
    ['first page, latest first', {}],
    ['first page with rehearsals', { includeRehearsal: true }],
    ['a page deep in the list (offset 50,000)', { offset: 50_000 }],
    ['leads only', { status: 'lead' }],
    ['one sending number', { accountId: 2 }],
    ['the last 7 days', { since: '2026-03-05' }],
    ['search a word in the replies ("preço")', { search: 'preco' }],
    ['search a name ("Shop 4242")', { search: 'Shop 4242' }],
    ['search a number ("7700042")', { search: '7700042' }],
  ]
  console.log(
    `\n${'Inbox query (page of 100 + its total + unread)'.padEnd(48)} ${'Herald'.padStart(11)} ${'floor'.padStart(11)}`,
  )
  let worst = 0
  for (const [label, query] of cases) {
    const taken = page(query)
    worst = Math.max(worst, taken)
    console.log(`${label.padEnd(48)} ${ms(taken)} ${ms(floor)}`)
  }
  console.log(`\nSlowest: ${worst.toFixed(1)} ms (target < 50 ms) ${worst < 50 ? 'met' : 'MISSED'}`)
} finally {
  db.close()
  fs.rmSync(folder, { recursive: true, force: true })
}
