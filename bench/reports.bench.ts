// The custom reports benchmark (issue 19): seeds 1,000,000 messages over 200 campaigns and 3 sending numbers
// (with the replies to them in the Inbox) into a temp data folder, then runs a set of saved-report
// definitions — every row kind, time groups, country, number, percentiles, filters — through
// CustomReportsService.run, as the report builder and `herald reports run` do. Each is printed against the
// < 500 ms target and two floors measured in the same run: `SELECT count(*) FROM messages` (a statement
// round trip) and one read of every message's status (what a report that reads every message must cost).
// The "messages" column is the same report compiled without the rollups (one run), for comparison.
// Not part of `npm test`.
// Run: npm run bench:reports   (REPORTS_MESSAGES, REPORTS_RUNS change the figures; REPORTS_DATA_DIR keeps
// the seeded folder between runs, seeding only when it is empty)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Database } from 'better-sqlite3'
import type { ReportDefinitionInput } from '../src-shared/domain/report-definitions'
import { ReportDefinitionSchema } from '../src-shared/domain/report-definitions'
import { seedHistory } from '../src-main/analytics/seed'
import { startup } from '../src-main/context'
import type { AppContext } from '../src-main/context'
import { wireAppContext } from '../src-main/context-wiring'
import { InboxRepo } from '../src-main/db/repos/inbox-repo'
import { medianMs, ms } from './timing'

const messages = Number(process.env.REPORTS_MESSAGES ?? 1_000_000)
const runs = Number(process.env.REPORTS_RUNS ?? 5)
const dayMs = 86_400_000
const target = 500

type Replied = { id: number; phone: string; campaignId: number; accountId: number; at: string; n: number }

/** Every replied message gets its reply in the Inbox (one in 25 asks to stop); every fifth person is a lead. */
function seedReplies(db: Database): number {
  const inbox = new InboxRepo(db)
  const replied = db
    .prepare(
      `SELECT id, phone_e164 AS phone, campaign_id AS campaignId, account_id AS accountId, replied_at AS at,
         row_number() OVER (ORDER BY id) AS n FROM messages WHERE replied_at IS NOT NULL`,
    )
    .all() as Replied[]
  db.transaction(() => {
    for (const r of replied) {
      inbox.recordIncoming(
        {
          phone: r.phone,
          name: null,
          campaignId: r.campaignId,
          messageId: r.id,
          accountId: r.accountId,
          text: r.n % 25 === 0 ? 'STOP' : 'How much is it?',
          media: null,
          waMessageId: null,
          at: r.at,
          rehearsal: true,
          optedOut: r.n % 25 === 0,
        },
        r.at,
      )
    }
    db.exec("UPDATE conversations SET status = 'lead' WHERE status = 'new' AND id % 5 = 0")
  })()
  return replied.length
}

function seedIfEmpty(db: Database): void {
  const existing = db.prepare('SELECT count(*) FROM messages').pluck().get() as number
  if (existing > 0) {
    console.log(`data folder already holds ${existing} messages: seeding skipped`)
    return
  }
  const start = performance.now()
  const summary = seedHistory(db, {
    campaigns: 200,
    messages,
    now: new Date(),
    seed: 'reports-bench',
    numbers: 3,
  })
  const replies = seedReplies(db)
  db.pragma('optimize')
  const seconds = (performance.now() - start) / 1000
  console.log(
    `seeded ${summary.messages} messages over ${summary.campaigns} campaigns and 3 numbers, ` +
      `${replies} replies, in ${seconds.toFixed(1)} s`,
  )
}

const day = (ago: number): string => new Date(Date.now() - ago * dayMs).toISOString().slice(0, 10)
// The seeded history is made of dry runs: 'all' reads every one of them
const all = { dryRuns: 'all' } as const
const stages = ['sent', 'delivered', 'read', 'replied', 'failed'] as const
const times = ['medianDeliverSeconds', 'p90DeliverSeconds', 'medianReadSeconds', 'p90ReadSeconds'] as const

const reports: ReportDefinitionInput[] = [
  { name: 'Totals', rows: 'messages', measures: [...stages, 'successRate', 'replyRate'], filters: all },
  {
    name: 'By day, last 90 days',
    rows: 'messages',
    groupBy: ['day'],
    measures: ['sent', 'replied', 'replyRate'],
    filters: { ...all, since: day(90) },
  },
  {
    name: 'By week and variant',
    rows: 'messages',
    groupBy: ['week', 'variant'],
    measures: ['sent', 'replied', 'replyRate'],
    filters: all,
  },
  {
    name: 'By month and campaign',
    rows: 'messages',
    groupBy: ['month', 'campaign'],
    measures: [...stages],
    filters: all,
  },
  {
    name: 'By campaign, with opt-outs',
    rows: 'messages',
    groupBy: ['campaign'],
    measures: [...stages, 'skipped', 'optedOut', 'deliveryRate', 'optOutRate'],
    filters: all,
  },
  {
    name: 'By sending number',
    rows: 'messages',
    groupBy: ['account'],
    measures: ['sent', 'failed', 'successRate'],
    filters: all,
  },
  {
    name: 'By country',
    rows: 'messages',
    groupBy: ['country'],
    measures: ['messages', 'sent', 'replied', 'replyRate'],
    filters: all,
  },
  {
    name: 'By country, delivered and read',
    rows: 'messages',
    groupBy: ['country'],
    measures: ['sent', 'delivered', 'read', 'readRate'],
    filters: all,
  },
  {
    name: 'By hour of day',
    rows: 'messages',
    groupBy: ['hour'],
    measures: ['sent', 'replied', 'replyRate'],
    filters: all,
  },
  {
    name: 'By weekday and hour',
    rows: 'messages',
    groupBy: ['weekday', 'hour'],
    measures: ['sent', 'replied'],
    filters: all,
  },
  {
    name: 'By error category, failures',
    rows: 'messages',
    groupBy: ['errorCategory'],
    measures: ['failed', 'skipped'],
    filters: { ...all, statuses: ['failed', 'skipped'] },
  },
  {
    name: 'By template',
    rows: 'messages',
    groupBy: ['template'],
    measures: ['sent', 'read', 'replyRate'],
    filters: all,
  },
  {
    name: 'Variant, GB, read or replied, 30 days',
    rows: 'messages',
    groupBy: ['variant'],
    measures: ['messages', 'replied'],
    filters: { ...all, since: day(30), countries: ['GB'], statuses: ['read', 'replied'] },
  },
  {
    name: 'Times, all history',
    rows: 'messages',
    measures: [...times, 'medianReplySeconds', 'p90ReplySeconds'],
    filters: all,
  },
  { name: 'Times by campaign', rows: 'messages', groupBy: ['campaign'], measures: [...times], filters: all },
  {
    name: 'Times by month and number',
    rows: 'messages',
    groupBy: ['month', 'account'],
    measures: [...times],
    filters: all,
  },
  {
    name: 'Times by country',
    rows: 'messages',
    groupBy: ['country'],
    measures: ['medianDeliverSeconds', 'p90DeliverSeconds'],
    filters: all,
  },
  {
    name: 'Times by country and month, 100 days',
    rows: 'messages',
    groupBy: ['country', 'month'],
    measures: [...times],
    filters: { ...all, since: day(100) },
  },
  {
    name: 'Contacts, totals',
    rows: 'contacts',
    measures: ['contacts', 'sent', 'replied', 'replyRate'],
    filters: all,
  },
  {
    name: 'Contacts by month',
    rows: 'contacts',
    groupBy: ['month'],
    measures: ['contacts', 'sent', 'replied'],
    filters: all,
  },
  {
    name: 'Contacts by country',
    rows: 'contacts',
    groupBy: ['country'],
    measures: ['contacts', 'replied', 'optedOut'],
    filters: all,
  },
  // A period from the middle of a month: its first days are read from the messages
  {
    name: 'Contacts by month, last 100 days',
    rows: 'contacts',
    groupBy: ['month'],
    measures: ['contacts', 'sent', 'read', 'replyRate'],
    filters: { ...all, since: day(100) },
  },
  {
    name: 'Campaigns by month',
    rows: 'campaigns',
    groupBy: ['month'],
    measures: ['campaigns', 'finished', 'sent', 'replyRate'],
    filters: all,
  },
  {
    name: 'Campaigns with times',
    rows: 'campaigns',
    groupBy: ['campaign'],
    measures: ['messages', 'sent', 'medianDeliverSeconds', 'p90ReplySeconds'],
    filters: all,
  },
  {
    name: 'Replies by week',
    rows: 'replies',
    groupBy: ['week'],
    measures: ['replies', 'contacts', 'leads', 'optedOut', 'leadRate'],
    filters: all,
  },
  {
    name: 'Replies by country and hour',
    rows: 'replies',
    groupBy: ['country', 'hour'],
    measures: ['replies', 'leads'],
    filters: all,
  },
]

function run(ctx: AppContext, floor: number, scan: number): number {
  console.log(
    `${'report'.padEnd(40)}${'source'.padEnd(44)}${'rows'.padStart(5)}${'median'.padStart(11)}${'× floor'.padStart(9)}${'× scan'.padStart(8)}   target${'messages'.padStart(17)}`,
  )
  let misses = 0
  for (const input of reports) {
    const definition = ReportDefinitionSchema.parse(input)
    let rows = 0
    const value = medianMs(runs, () => (rows = ctx.customReports.run(definition).total))
    // The same report without the rollups, once
    const start = performance.now()
    ctx.customReports.run(definition, { source: 'messages' })
    const plain = performance.now() - start
    const plan = ctx.customReports.compile(definition)
    // Times: read from the index at the ranks a rollup's histograms point to, or by a scan
    const stage = plan.times[0]
    const histograms = stage?.from?.replace('insight_', '')
    const source = `${plan.source}${stage ? ` + ${histograms ? `${histograms} & index` : 'scan'}` : ''}`
    const verdict = value < target ? 'PASS' : 'MISS'
    if (value >= target) misses += 1
    console.log(
      `  ${definition.name.padEnd(38)}${source.padEnd(44)}${String(rows).padStart(5)}${ms(value)}` +
        `${`${(value / floor).toFixed(0)}×`.padStart(9)}${`${(value / scan).toFixed(2)}×`.padStart(8)}` +
        `   ${verdict}${ms(plain).padStart(17)}`,
    )
  }
  return misses
}

async function main(): Promise<void> {
  const kept = process.env.REPORTS_DATA_DIR
  const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'herald-reports-bench-'))
  const opening = performance.now()
  const wired = wireAppContext({ dataDir: dir, runtime: 'cli' })
  startup(wired.ctx)
  const { ctx, db } = wired
  // With a kept folder of an older schema, this is the time its migrations took
  console.log(`opened the data folder in ${((performance.now() - opening) / 1000).toFixed(1)} s`)
  try {
    seedIfEmpty(db)
    const countAll = db.prepare('SELECT count(*) FROM messages').pluck()
    const statuses = db
      .prepare('SELECT status, count(*) FROM messages GROUP BY campaign_id, status')
      .raw(true)
    const floor = medianMs(runs, () => countAll.get())
    const scan = medianMs(runs, () => statuses.all())
    console.log(
      `\nfloor: SELECT count(*) FROM messages ${ms(floor)}; scan: every message's status ${ms(scan)}`,
    )
    console.log(`(medians of ${runs} runs; target < ${target} ms)\n`)
    const misses = run(ctx, floor, scan)
    console.log(`\n${reports.length - misses} of ${reports.length} reports under ${target} ms`)
  } finally {
    await ctx.shutdown()
    if (!kept) fs.rmSync(dir, { recursive: true, force: true })
  }
}

void main()
