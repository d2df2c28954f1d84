import type { Database } from 'better-sqlite3'
import type { MessageStatus } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import type { ReportGroup, ReportMeasure } from '../../src-shared/domain/report-definitions'
import { countryOf } from '../analytics/sections'
import { seedHistory } from '../analytics/seed'
import { schemaAt } from './migrations/schema.test-support'
import { prefixSamplesSql, replyPrefixSamplesSql } from './report-compiler'
import { InboxRepo } from './repos/inbox-repo'

// A small random history for the custom reports' property test, and a plain JavaScript recount of any
// definition over it, written from the definitions' words (report-definitions.ts), not from the SQL.

type Campaign = {
  id: number
  name: string
  template: string
  dryRun: number
  listId: number | null
  status: string
}
export type RawMessage = {
  campaign: Campaign
  accountId: number
  account: string | null
  phone: string
  variant: string
  status: MessageStatus
  errorCategory: string | null
  queuedAt: string
  sentAt: string | null
  deliveredAt: string | null
  readAt: string | null
  repliedAt: string | null
}
export type RawReply = {
  campaign: Campaign | null
  accountId: number
  account: string | null
  phone: string
  conversation: number
  conversationStatus: string
  rehearsal: number
  at: string
}

export type History = {
  db: Database
  messages: RawMessage[]
  replies: RawReply[]
  /** Opt-outs by reply. */
  optOuts: { phone: string; at: string }[]
  /** The numbers messages went to, and those of people who replied. */
  messagePhones: string[]
  replyPhones: string[]
  prefixCountries: Record<string, string>
  replyPrefixCountries: Record<string, string>
}

const countriesOf = (db: Database, sql: string): Record<string, string> => {
  const countries: Record<string, string> = {}
  for (const { prefix, sample } of db.prepare(sql).all() as { prefix: string; sample: string }[]) {
    const { country, callingCode } = countryOf(sample)
    countries[prefix] = country ?? `+${callingCode}`
  }
  return countries
}

/** Replies to the replied messages (some twice), a few from numbers no message went to; marks some leads. */
function addReplies(db: Database, random: () => number): void {
  const inbox = new InboxRepo(db)
  const replied = db
    .prepare(
      `SELECT m.id, m.phone_e164 AS phone, m.campaign_id AS campaignId, m.account_id AS accountId,
         m.replied_at AS at, c.dry_run AS dryRun FROM messages m JOIN campaigns c ON c.id = m.campaign_id
       WHERE m.replied_at IS NOT NULL ORDER BY m.id`,
    )
    .all() as {
    id: number
    phone: string
    campaignId: number
    accountId: number
    at: string
    dryRun: number
  }[]
  const record = (r: (typeof replied)[number], at: string, text: string, campaign = true): void => {
    inbox.recordIncoming(
      {
        phone: r.phone,
        name: null,
        campaignId: campaign ? r.campaignId : null,
        messageId: campaign ? r.id : null,
        accountId: r.accountId,
        text,
        media: null,
        waMessageId: null,
        at,
        rehearsal: r.dryRun === 1,
        optedOut: text === 'STOP',
      },
      at,
    )
  }
  for (const r of replied) {
    record(r, r.at, random() < 0.1 ? 'STOP' : 'How much?')
    if (random() < 0.3) record(r, new Date(Date.parse(r.at) + 26 * 3_600_000).toISOString(), 'Thanks')
  }
  const strangers = ['+61412345678', '+61412345679', '+819012345678']
  strangers.forEach((phone, i) => {
    const at = new Date(Date.parse('2026-03-10T08:15:00Z') + i * 3_600_000 * 30).toISOString()
    record({ id: 0, phone, campaignId: 0, accountId: 1 + i, at, dryRun: i % 2 }, at, 'Who is this?', false)
  })
  db.exec("UPDATE conversations SET status = 'lead' WHERE status = 'new' AND id % 3 = 0")
}

/** 400 messages over 5 campaigns and 3 numbers, with replies; odd rows that the rollups must still agree on. */
export function reportHistory(): History {
  const db = schemaAt(Infinity)
  seedHistory(db, {
    campaigns: 5,
    messages: 400,
    now: new Date('2026-03-20T12:00:00Z'),
    numbers: 3,
    seed: 'reports',
  })
  // Real campaigns beside the seed's dry runs, a campaign of no list, two templates; a few messages read
  // without a delivery receipt (they still count as delivered) and one never queued on a weekday morning
  db.exec(`
    UPDATE campaigns SET dry_run = 0 WHERE id % 2 = 0;
    UPDATE campaigns SET list_id = NULL WHERE id = 3;
    UPDATE campaigns SET template_name = 'Spring offer' WHERE id % 3 = 0;
    UPDATE messages SET delivered_at = NULL WHERE id % 23 = 0 AND read_at IS NOT NULL;
    UPDATE messages SET sent_at = NULL WHERE id % 97 = 0 AND read_at IS NOT NULL;`)
  addReplies(db, seededRandom('reports-replies'))
  const campaigns = new Map(
    (
      db
        .prepare(
          `SELECT id, name, template_name AS template, dry_run AS dryRun, list_id AS listId, status FROM campaigns`,
        )
        .all() as Campaign[]
    ).map((c) => [c.id, c]),
  )
  const campaign = (id: number | null): Campaign | null => (id === null ? null : (campaigns.get(id) ?? null))
  const messages = (
    db
      .prepare(
        `SELECT m.campaign_id AS campaignId, m.account_id AS accountId, a.name AS account, m.phone_e164 AS phone,
           m.variant, m.status, m.error_category AS errorCategory, m.queued_at AS queuedAt, m.sent_at AS sentAt,
           m.delivered_at AS deliveredAt, m.read_at AS readAt, m.replied_at AS repliedAt
         FROM messages m LEFT JOIN accounts a ON a.id = m.account_id`,
      )
      .all() as (Omit<RawMessage, 'campaign'> & { campaignId: number })[]
  ).map(({ campaignId, ...m }) => ({ ...m, campaign: campaign(campaignId) as Campaign }))
  const replies = (
    db
      .prepare(
        `SELECT cm.campaign_id AS campaignId, cm.account_id AS accountId, a.name AS account, cv.phone_e164 AS phone,
           cv.id AS conversation, cv.status AS conversationStatus, cv.rehearsal, cm.at
         FROM conversation_messages cm JOIN conversations cv ON cv.id = cm.conversation_id
           LEFT JOIN accounts a ON a.id = cm.account_id
         WHERE cm.direction = 'in'`,
      )
      .all() as (Omit<RawReply, 'campaign'> & { campaignId: number | null })[]
  ).map(({ campaignId, ...r }) => ({ ...r, campaign: campaign(campaignId) }))
  return {
    db,
    messages,
    replies,
    messagePhones: messages.map((m) => m.phone),
    replyPhones: replies.map((r) => r.phone),
    optOuts: db
      .prepare("SELECT phone_e164 AS phone, created_at AS at FROM opt_outs WHERE source = 'reply'")
      .all() as History['optOuts'],
    prefixCountries: countriesOf(db, prefixSamplesSql),
    replyPrefixCountries: countriesOf(db, replyPrefixSamplesSql),
  }
}

const dayMs = 86_400_000
function mondayOf(iso: string): string {
  const day = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)
  return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * dayMs).toISOString().slice(0, 10)
}

const told = new WeakMap<readonly string[], Map<string, string>>()

/** The Dashboard's country of a number: that of the smallest number sharing its first 5 characters. */
function countryIn(phones: readonly string[], phone: string): string {
  const known = told.get(phones) ?? new Map<string, string>()
  told.set(phones, known)
  const prefix = phone.slice(0, 5)
  const cached = known.get(prefix)
  if (cached !== undefined) return cached
  const sample = phones.filter((p) => p.startsWith(prefix)).reduce((min, p) => (p < min ? p : min), phone)
  const { country, callingCode } = countryOf(sample)
  known.set(prefix, country ?? `+${callingCode}`)
  return country ?? `+${callingCode}`
}

type Pair = [unknown, unknown]
const same = (value: unknown): Pair => [value, value]
const timeGroups = (at: string | null): Record<'day' | 'week' | 'month' | 'hour' | 'weekday', Pair> => ({
  day: same(at?.slice(0, 10) ?? null),
  week: same(at ? mondayOf(at) : null),
  month: same(at?.slice(0, 7) ?? null),
  hour: same(at ? Number(at.slice(11, 13)) : null),
  weekday: same(at ? new Date(at).getUTCDay() : null),
})

/** Each group of a message as plain JavaScript: the value grouped by, and the value shown. */
function messageGroups(h: History, m: RawMessage): Record<ReportGroup, Pair> {
  const queued = timeGroups(m.queuedAt)
  const sent = timeGroups(m.sentAt)
  return {
    day: queued.day,
    week: queued.week,
    month: queued.month,
    hour: sent.hour,
    weekday: sent.weekday,
    campaign: [m.campaign.id, m.campaign.name],
    template: same(m.campaign.template),
    variant: same(m.variant),
    country: same(countryIn(h.messagePhones, m.phone)),
    account: [m.accountId, m.account ?? `Number ${m.accountId}`],
    errorCategory: same(m.errorCategory),
  }
}

function replyGroups(h: History, r: RawReply): Record<ReportGroup, Pair> {
  const known = h.messagePhones.some((p) => p.startsWith(r.phone.slice(0, 5)))
  return {
    ...timeGroups(r.at),
    campaign: [r.campaign?.id ?? null, r.campaign?.name ?? null],
    template: same(r.campaign?.template ?? null),
    variant: same(null),
    country: same(countryIn(known ? h.messagePhones : h.replyPhones, r.phone)),
    account: [r.accountId, r.account ?? `Number ${r.accountId}`],
    errorCategory: same(null),
  }
}

export { messageGroups, replyGroups, countryIn }
export type Measures = Partial<Record<ReportMeasure, number | null>>
