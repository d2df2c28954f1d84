import type { ReportDefinition, ReportMeasure } from '../../src-shared/domain/report-definitions'
import type { History, Measures, RawMessage, RawReply } from './report-history.test-support'
import { countryIn, messageGroups, replyGroups } from './report-history.test-support'

// A custom report recounted in plain JavaScript from the raw rows, as report-definitions.ts words it.

const dayMs = 86_400_000
const hourMs = 3_600_000

function period(def: ReportDefinition, at: string): boolean {
  const f = def.filters
  const until = f.until && new Date(Date.parse(`${f.until}T00:00:00Z`) + dayMs).toISOString()
  return (!f.since || at >= `${f.since}T00:00:00.000Z`) && (!until || at < until)
}

function keptMessage(h: History, def: ReportDefinition, m: RawMessage): boolean {
  const f = def.filters
  return (
    period(def, m.queuedAt) &&
    (!f.campaigns || f.campaigns.includes(m.campaign.id)) &&
    (!f.statuses || f.statuses.includes(m.status)) &&
    (!f.countries || f.countries.includes(countryIn(h.messagePhones, m.phone))) &&
    (!f.accounts || f.accounts.includes(m.accountId)) &&
    (!f.variants || f.variants.includes(m.variant)) &&
    (f.listId === undefined || m.campaign.listId === f.listId) &&
    (f.campaigns !== undefined || f.dryRuns === 'all' || m.campaign.dryRun === (f.dryRuns === 'dry' ? 1 : 0))
  )
}

function keptReply(h: History, def: ReportDefinition, r: RawReply): boolean {
  const f = def.filters
  return (
    period(def, r.at) &&
    (!f.campaigns || (r.campaign !== null && f.campaigns.includes(r.campaign.id))) &&
    (!f.countries || f.countries.includes(replyGroups(h, r).country[0] as string)) &&
    (!f.accounts || f.accounts.includes(r.accountId)) &&
    (f.listId === undefined || r.campaign?.listId === f.listId) &&
    (f.campaigns !== undefined || f.dryRuns === 'all' || r.rehearsal === (f.dryRuns === 'dry' ? 1 : 0))
  )
}

// A message reached a stage when it has that stage's time or a later one's
const stages = {
  sent: (m: RawMessage) => [m.sentAt, m.deliveredAt, m.readAt, m.repliedAt].some((t) => t !== null),
  delivered: (m: RawMessage) => [m.deliveredAt, m.readAt, m.repliedAt].some((t) => t !== null),
  read: (m: RawMessage) => m.readAt !== null || m.repliedAt !== null,
  replied: (m: RawMessage) => m.repliedAt !== null,
  failed: (m: RawMessage) => m.status === 'failed',
  skipped: (m: RawMessage) => m.status === 'skipped',
}
type Counts = Record<keyof typeof stages | 'optedOut', number>

/** Median or p90 (type 7), rounded to the millisecond, of the milliseconds from sent to a stage. */
function quantile(ms: number[], p: number): number | null {
  if (ms.length === 0) return null
  const sorted = [...ms].sort((a, b) => a - b)
  const rank = (sorted.length - 1) * p
  const low = Math.floor(rank)
  const high = Math.min(low + 1, sorted.length - 1)
  const [a, b] = [sorted[low] ?? 0, sorted[high] ?? 0]
  return Math.round(a + (rank - low) * (b - a)) / 1000
}

const timeOf = {
  Deliver: (m: RawMessage) => m.deliveredAt,
  Read: (m: RawMessage) => m.readAt,
  Reply: (m: RawMessage) => m.repliedAt,
}

function times(ms: RawMessage[]): Measures {
  const out: Measures = {}
  for (const [stage, at] of Object.entries(timeOf)) {
    const values = ms.flatMap((m) => {
      const t = at(m)
      return t !== null && m.sentAt !== null ? [Date.parse(t) - Date.parse(m.sentAt)] : []
    })
    out[`median${stage}Seconds` as ReportMeasure] = quantile(values, 0.5)
    out[`p90${stage}Seconds` as ReportMeasure] = quantile(values, 0.9)
  }
  return out
}

const of = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)

function rates(c: Counts): Measures {
  return {
    ...c,
    successRate: of(c.sent, c.sent + c.failed),
    deliveryRate: of(c.delivered, c.sent),
    readRate: of(c.read, c.sent),
    replyRate: of(c.replied, c.sent),
    optOutRate: of(c.optedOut, c.sent),
  }
}

function messageMeasures(
  h: History,
  ms: RawMessage[],
  kind: 'messages' | 'contacts' | 'campaigns',
): Measures {
  // An opt-out by reply counts for the message whose reply asked for it (within the hour)
  const optedOut = (m: RawMessage): boolean =>
    m.repliedAt !== null &&
    h.optOuts.some(
      (o) => o.phone === m.phone && Math.abs(Date.parse(o.at) - Date.parse(m.repliedAt ?? '')) <= hourMs,
    )
  const test = { ...stages, optedOut }
  // A contact counts at a stage when any of its messages reached it
  const count = (reached: (m: RawMessage) => boolean): number =>
    kind === 'contacts' ? new Set(ms.filter(reached).map((m) => m.phone)).size : ms.filter(reached).length
  const counts = Object.fromEntries(Object.entries(test).map(([k, t]) => [k, count(t)])) as Counts
  const campaigns = new Map(ms.map((m) => [m.campaign.id, m.campaign]))
  return {
    messages: ms.length,
    contacts: new Set(ms.map((m) => m.phone)).size,
    campaigns: campaigns.size,
    finished: [...campaigns.values()].filter((c) => c.status === 'completed').length,
    ...rates(counts),
    ...times(ms),
  }
}

function replyMeasures(rs: RawReply[]): Measures {
  const people = new Map(rs.map((r) => [r.conversation, r.conversationStatus]))
  const status = (s: string): number => [...people.values()].filter((x) => x === s).length
  return {
    replies: rs.length,
    contacts: people.size,
    leads: status('lead'),
    optedOut: status('opted_out'),
    leadRate: of(status('lead'), people.size),
    optOutRate: of(status('opted_out'), people.size),
  }
}

/** The report's rows, recounted: group labels then measures, in the definition's order. */
export function recount(h: History, def: ReportDefinition): unknown[][] {
  const groups = new Map<string, { labels: unknown[]; rows: (RawMessage | RawReply)[] }>()
  if (def.groupBy.length === 0) groups.set('[]', { labels: [], rows: [] })
  const rows =
    def.rows === 'replies'
      ? h.replies.filter((r) => keptReply(h, def, r))
      : h.messages.filter((m) => keptMessage(h, def, m))
  for (const row of rows) {
    const all = def.rows === 'replies' ? replyGroups(h, row as RawReply) : messageGroups(h, row as RawMessage)
    const pairs = def.groupBy.map((g) => all[g])
    const key = JSON.stringify(pairs.map(([k]) => k))
    const group = groups.get(key) ?? { labels: pairs.map(([, label]) => label), rows: [] }
    group.rows.push(row)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ labels, rows: kept }) => {
    const values =
      def.rows === 'replies'
        ? replyMeasures(kept as RawReply[])
        : messageMeasures(h, kept as RawMessage[], def.rows)
    return [...labels, ...def.measures.map((k) => values[k] ?? null)]
  })
}
