import type { Database } from 'better-sqlite3'
import type { CampaignStatus } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import { HistorySeedRepo } from '../db/repos/history-seed-repo'
import type { HistoryMessage } from '../db/repos/history-seed-repo'
import { contact, failureCategories, pick, replyChance, skipCategories, wait } from './seed-model'
import type { Random, SyntheticContact } from './seed-model'

export type SeedOptions = {
  campaigns: number
  messages: number
  now: Date
  /** Same seed, same history. */
  seed?: string
  /** How many sending numbers the history is spread over (1, the default, to 3). */
  numbers?: number
  onProgress?: (written: number, total: number) => void
}

export type SeedSummary = {
  listId: number
  campaigns: number
  messages: number
  contacts: number
  optOuts: number
}

const hourMs = 3_600_000
const dayMs = 24 * hourMs
const chunk = 20_000
const iso = (ms: number): string => new Date(ms).toISOString()

/** The next moment a campaign may send: within 09:00–20:00 UTC, as a paced campaign would. */
function nextSendTime(random: Random, t: number): number {
  const next = t + 20_000 + Math.floor(random() * 40_000)
  const hour = new Date(next).getUTCHours()
  if (hour >= 9 && hour < 20) return next
  const day = Math.floor(next / dayMs) * dayMs + (hour >= 20 ? dayMs : 0)
  return day + 9 * hourMs + Math.floor(random() * 30 * 60_000)
}

type Fate = { row: HistoryMessage; optOut: boolean }

/** What happened to one message sent (or failed) at `t`, as far as `now`. */
function fate(random: Random, base: HistoryMessage, who: SyntheticContact, t: number, now: number): Fate {
  const roll = random()
  if (roll < 0.015)
    return { row: { ...base, status: 'skipped', category: pick(random, skipCategories) }, optOut: false }
  if (roll < 0.055) {
    return {
      row: { ...base, status: 'failed', category: pick(random, failureCategories), failedAt: iso(t) },
      optOut: false,
    }
  }
  const row: HistoryMessage = { ...base, status: 'sent', sentAt: iso(t) }
  const delivered = t + 1000 + wait(random, 8)
  if (random() > 0.93 || delivered > now) return { row, optOut: false }
  Object.assign(row, { status: 'delivered', deliveredAt: iso(delivered) })
  const read = delivered + wait(random, 40 * 60)
  const reads = random() < 0.75 && read <= now
  if (reads && who.readReceipts) Object.assign(row, { status: 'read', readAt: iso(read) })
  const replied = (reads ? read : delivered) + wait(random, 30 * 60)
  if (random() >= replyChance(base.variant, new Date(t).getUTCHours(), who.chatty) || replied > now) {
    return { row, optOut: false }
  }
  Object.assign(row, { status: 'replied', repliedAt: iso(replied) })
  return { row, optOut: random() < 0.04 }
}

type Plan = {
  id: number
  size: number
  start: number
  variants: string[]
  offset: number
  /** The sending numbers, taking turns message by message. */
  accounts: number[]
}

const seededNumbers = [
  { id: 2, name: 'Shop phone', phone: '+447700900100' },
  { id: 3, name: 'Sales line', phone: '+447700900200' },
]

/**
 * The numbers of the i-th campaign when the history has `count` of them: most go out on one number, every
 * third on all of them. Chosen without the random source, so a one-number history stays as it was.
 */
function accountsOf(i: number, count: number): number[] {
  if (count <= 1) return [1]
  if (i % 3 === 0) return Array.from({ length: count }, (_, k) => k + 1)
  return [1 + ((Math.floor(i / 3) + i) % count)]
}

function statusFor(index: number, count: number, reachedNow: boolean): CampaignStatus {
  if (reachedNow) return index === count - 1 ? 'running' : 'paused'
  if (count >= 5 && index === Math.floor(count / 2)) return 'cancelled'
  if (count >= 5 && index === Math.floor(count / 3)) return 'interrupted'
  return 'completed'
}

function writeCampaign(repo: HistorySeedRepo, random: Random, plan: Plan, ctx: WriteContext): boolean {
  const rows: HistoryMessage[] = []
  const queuedAt = iso(plan.start - 5 * 60_000)
  let t = plan.start
  let reachedNow = false
  for (let k = 0; k < plan.size; k += 1) {
    const contactId = ((plan.offset + k) % ctx.contacts.length) + 1
    const who = ctx.contacts[contactId - 1] as SyntheticContact
    const variant = plan.variants[Math.floor(random() * plan.variants.length)] ?? 'A'
    const base: HistoryMessage = {
      campaignId: plan.id,
      contactId,
      phone: who.phone,
      variant,
      status: 'queued',
      queuedAt,
      accountId: plan.accounts[k % plan.accounts.length] ?? 1,
    }
    t = nextSendTime(random, t)
    reachedNow ||= t > ctx.now
    const { row, optOut } = reachedNow ? { row: base, optOut: false } : fate(random, base, who, t, ctx.now)
    rows.push(row)
    if (optOut && row.repliedAt) ctx.optOuts.push([who.phone, iso(Date.parse(row.repliedAt) + 2000)])
    if (rows.length === chunk) ctx.flush(rows.splice(0))
  }
  ctx.flush(rows)
  return reachedNow
}

type WriteContext = {
  now: number
  contacts: SyntheticContact[]
  optOuts: [string, string][]
  flush(rows: HistoryMessage[]): void
}

function plans(
  repo: HistorySeedRepo,
  random: Random,
  options: SeedOptions,
  listId: number,
  pool: number,
): Plan[] {
  const now = options.now.getTime()
  const weights = Array.from({ length: options.campaigns }, () => 0.5 + random())
  const total = weights.reduce((a, b) => a + b, 0)
  const sizes = weights.map((w) => Math.floor((w / total) * options.messages))
  sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + options.messages - sizes.reduce((a, b) => a + b, 0)
  const spanDays = Math.min(365, Math.max(21, options.campaigns * 2))
  return sizes.map((size, i) => {
    const day = Math.floor((now - spanDays * dayMs + (i / options.campaigns) * spanDays * dayMs) / dayMs)
    const start = day * dayMs + (8 + Math.floor(random() * 9)) * hourMs
    const variants = pick(random, [
      [['A', 'B'], 6],
      [['A', 'B', 'C'], 2],
      [['A'], 2],
    ] as const)
    const id = repo.insertCampaign({
      name: `Campaign ${i + 1} (${iso(start).slice(0, 10)})`,
      listId,
      listName: 'Demo customers',
      status: 'running',
      variants,
      createdAt: iso(start - 10 * 60_000),
      startedAt: iso(start),
      finishedAt: null,
    })
    return {
      id,
      size,
      start,
      variants: [...variants],
      offset: Math.floor(random() * pool),
      accounts: accountsOf(i, options.numbers ?? 1),
    }
  })
}

/**
 * Fills a database with synthetic campaign history for demos and benchmarks: one contact list, campaigns
 * spread over weeks, messages with acks, replies, failures by category, variants and several countries.
 * Written with prepared statements in large transactions (about a million messages in seconds).
 */
export function seedHistory(db: Database, options: SeedOptions): SeedSummary {
  const repo = new HistorySeedRepo(db)
  return repo.fastWrites(() => seed(repo, options))
}

function seed(repo: HistorySeedRepo, options: SeedOptions): SeedSummary {
  const random = seededRandom(options.seed ?? 'herald-demo')
  const perCampaign = Math.ceil(options.messages / Math.max(1, options.campaigns))
  const contacts = Array.from({ length: Math.max(1, perCampaign * 2) }, (_, i) => contact(random, i))
  const now = options.now.getTime()
  const listId = repo.insertList('Demo customers', 'GB', iso(now - 400 * dayMs), contacts)
  let written = 0
  const ctx: WriteContext = {
    now,
    contacts,
    optOuts: [],
    flush: (rows) => {
      repo.insertMessages(rows)
      written += rows.length
      options.onProgress?.(written, options.messages)
    },
  }
  const all = plans(repo, random, options, listId, contacts.length)
  repo.insertNumbers(
    seededNumbers
      .slice(0, Math.max(0, (options.numbers ?? 1) - 1))
      .map((n) => ({ ...n, createdAt: iso(now - 400 * dayMs) })),
    all.flatMap((plan) => plan.accounts.map((accountId) => ({ campaignId: plan.id, accountId }))),
  )
  all.forEach((plan, i) => {
    const reachedNow = writeCampaign(repo, random, plan, ctx)
    const status = statusFor(i, all.length, reachedNow)
    repo.settleCampaign(
      plan.id,
      status,
      status === 'completed' ? iso(Math.min(now, plan.start + 3 * dayMs)) : null,
    )
  })
  for (const [phone, at] of ctx.optOuts) repo.insertOptOut(phone, 'reply', 'Replied “STOP” to a campaign', at)
  return {
    listId,
    campaigns: all.length,
    messages: written,
    contacts: contacts.length,
    optOuts: ctx.optOuts.length,
  }
}
