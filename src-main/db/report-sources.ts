import type { ReportDefinition } from '../../src-shared/domain/report-definitions'
import { periodBounds } from '../analytics/analytics-service'

// The tables a custom report reads, described by what they can answer. A report is compiled in two
// layers: the base rows of one source, grouped by the raw keys the report needs (a campaign id, a UTC
// day, a number prefix…) with counts, then groups and measures over those few rows. The rollups of
// migrations 0006, 0019, 0025 and 0026 are base rows already, kept by triggers; the messages become base
// rows by one GROUP BY. Either way the outer layer is the same, which is what makes the paths agree.

export type ReportParams = Record<string, string | number>

/** What a base row can be keyed by. */
export const rawKeys = [
  'campaign',
  'account',
  'day',
  'week',
  'month',
  'hour',
  'weekday',
  'variant',
  'category',
  'prefix',
  'contact',
] as const
export type RawKey = (typeof rawKeys)[number]

/** What a base row counts: messages (`n`), those that reached each stage, failures, skips, opt-outs… */
export const countColumns = [
  'n',
  'sent',
  'delivered',
  'read',
  'replied',
  'failed',
  'skipped',
  'opted',
  'lead',
] as const
export type CountColumn = (typeof countColumns)[number]

export type SourceName =
  | 'insight_status'
  | 'insight_prefix'
  | 'insight_hours'
  | 'insight_durations'
  | 'insight_contacts'
  | 'insight_prefix_durations'
  | 'messages'
  | 'replies'

export type Source = {
  name: SourceName
  from: string
  /** Always required of its rows. */
  where?: string
  keys: Partial<Record<RawKey, string>>
  counts: Partial<Record<CountColumn, string>>
  /** Per row, what `counts` adds up (sources of single rows: messages); read by a distinct base. */
  flags?: Partial<Record<CountColumn, string>>
  /** The columns the filters read; a filter on a column the source lacks rules it out. */
  columns: { campaign?: string; account?: string; status?: string; variant?: string }
  /** [@from, @to) on the time the rows belong to; by month, [@monthFrom, @monthTo) (report-months.ts). */
  period: string
  /** Rows per month of queueing: the whole months of a period, its edges read from the messages. */
  months?: true
  /** Real or rehearsed rows (@dryRun 1 or 0); by default, those of real or dry-run campaigns. */
  dryRun?: string
}

// A message reached a stage when it has that stage's time or a later one's, as the rollups count it.
const reached = (...columns: string[]): string => `(${columns.map((c) => `m.${c} IS NOT NULL`).join(' OR ')})`
/** The Monday that starts the week, and the month, of a UTC date or time. */
export const weekOf = (at: string): string => `date(${at}, 'weekday 0', '-6 days')`
export const monthOf = (at: string): string => `substr(${at}, 1, 7)`
const rollupPeriod = 'r.day >= substr(@from, 1, 10) AND r.day < substr(@to, 1, 10)'
const ofStatus = (status: string): string => `sum(CASE WHEN r.status = '${status}' THEN r.n ELSE 0 END)`

/** Message keys: day of queueing, hour and weekday of sending (none when never sent). */
const messageKeys: Source['keys'] = {
  campaign: 'm.campaign_id',
  account: 'm.account_id',
  day: 'substr(m.queued_at, 1, 10)',
  week: weekOf('m.queued_at'),
  month: monthOf('m.queued_at'),
  hour: 'CAST(substr(m.sent_at, 12, 2) AS INTEGER)',
  // As insight_hours tells it: -1 for a send time that is not a time
  weekday:
    "CASE WHEN m.sent_at IS NOT NULL THEN coalesce(CAST(strftime('%w', m.sent_at) AS INTEGER), -1) END",
  variant: 'm.variant',
  category: 'm.error_category',
  prefix: 'substr(m.phone_e164, 1, 5)',
  // Unary + keeps SQLite off messages_phone_status, which would read every row from the table
  contact: '+m.phone_e164',
}
const messageColumns: Source['columns'] = {
  campaign: 'm.campaign_id',
  account: 'm.account_id',
  status: 'm.status',
  variant: 'm.variant',
}
const messagePeriod = 'm.queued_at >= @from AND m.queued_at < @to'

const messageFlags: Source['flags'] = {
  n: '1',
  sent: reached('sent_at', 'delivered_at', 'read_at', 'replied_at'),
  delivered: reached('delivered_at', 'read_at', 'replied_at'),
  read: reached('read_at', 'replied_at'),
  replied: reached('replied_at'),
  failed: "(m.status = 'failed')",
  skipped: "(m.status = 'skipped')",
}
const sums = (flags: Source['flags'] = {}): Source['counts'] =>
  Object.fromEntries(Object.entries(flags).map(([c, flag]) => [c, `sum(${flag})`]))

export const messages: Source = {
  name: 'messages',
  from: 'messages m',
  keys: messageKeys,
  flags: messageFlags,
  counts: sums(messageFlags),
  columns: messageColumns,
  period: messagePeriod,
}

// An opt-out by reply counts for the message it answered (recorded within the hour), as on the Dashboard
// (analytics-sql.ts optOutsSql): a number has one opt-out at most, so few rows lead the join.
export const optOuts: Source = {
  name: 'messages',
  from: 'opt_outs o JOIN messages m INDEXED BY messages_replies ON m.phone_e164 = o.phone_e164',
  where: `o.source = 'reply' AND m.replied_at IS NOT NULL
    AND abs(julianday(o.created_at) - julianday(m.replied_at)) <= 1.0 / 24`,
  keys: messageKeys,
  flags: { opted: '1' },
  counts: { opted: 'count(*)' },
  columns: messageColumns,
  period: messagePeriod,
}

/** Per campaign, day of queueing, number, status, variant and error category (migration 0019). */
export const statusRollup: Source = {
  name: 'insight_status',
  from: 'insight_status r',
  keys: {
    campaign: 'r.campaign_id',
    account: 'r.account_id',
    day: 'r.day',
    week: weekOf('r.day'),
    month: monthOf('r.day'),
    variant: 'r.variant',
    category: "nullif(r.category, '')",
  },
  counts: {
    n: 'sum(r.n)',
    sent: 'sum(r.sent)',
    delivered: 'sum(r.delivered)',
    read: 'sum(r.read)',
    replied: 'sum(r.replied)',
    failed: ofStatus('failed'),
    skipped: ofStatus('skipped'),
  },
  columns: { campaign: 'r.campaign_id', account: 'r.account_id', status: 'r.status', variant: 'r.variant' },
  period: rollupPeriod,
}

/** Per campaign, day of queueing, number and 5-character number prefix (migrations 0019 and 0025). */
export const prefixRollup: Source = {
  name: 'insight_prefix',
  from: 'insight_prefix r',
  keys: {
    campaign: 'r.campaign_id',
    account: 'r.account_id',
    day: 'r.day',
    week: weekOf('r.day'),
    month: monthOf('r.day'),
    prefix: 'r.prefix',
  },
  counts: {
    n: 'sum(r.n)',
    sent: 'sum(r.sent)',
    delivered: 'sum(r.delivered)',
    read: 'sum(r.read)',
    replied: 'sum(r.replied)',
    failed: 'sum(r.failed)',
    skipped: 'sum(r.skipped)',
  },
  columns: { campaign: 'r.campaign_id', account: 'r.account_id' },
  period: rollupPeriod,
}

/**
 * Per campaign, day of queueing, number, and hour and weekday of sending (migration 0019's insight_hours,
 * 'send' rows: the messages with a send time). The messages without one form the group with no hour: all
 * messages (insight_status) less those with a send time. A message with a send time counts as sent.
 */
export const hoursRollup: Source = {
  name: 'insight_hours',
  from: `(SELECT campaign_id, day, account_id, hour, weekday, n, n AS sent, replied
      FROM insight_hours WHERE kind = 'send'
    UNION ALL SELECT campaign_id, day, account_id, NULL, NULL, n, sent, replied FROM insight_status
    UNION ALL SELECT campaign_id, day, account_id, NULL, NULL, -n, -n, -replied
      FROM insight_hours WHERE kind = 'send') r`,
  keys: {
    campaign: 'r.campaign_id',
    account: 'r.account_id',
    day: 'r.day',
    week: weekOf('r.day'),
    month: monthOf('r.day'),
    hour: 'r.hour',
    weekday: 'r.weekday',
  },
  counts: { n: 'sum(r.n)', sent: 'sum(r.sent)', replied: 'sum(r.replied)' },
  columns: { campaign: 'r.campaign_id', account: 'r.account_id' },
  period: rollupPeriod,
}

/** Replies received (migration 0020), each with its conversation: who, and how the user marked them. */
export const replies: Source = {
  name: 'replies',
  from: 'conversation_messages cm JOIN conversations cv ON cv.id = cm.conversation_id',
  where: "cm.direction = 'in'",
  keys: {
    campaign: 'cm.campaign_id',
    account: 'cm.account_id',
    day: 'substr(cm.at, 1, 10)',
    week: weekOf('cm.at'),
    month: monthOf('cm.at'),
    hour: 'CAST(substr(cm.at, 12, 2) AS INTEGER)',
    weekday: "CAST(strftime('%w', cm.at) AS INTEGER)",
    prefix: 'substr(cv.phone_e164, 1, 5)',
    contact: 'cv.id',
  },
  counts: { n: 'count(*)', lead: "max(cv.status = 'lead')", opted: "max(cv.status = 'opted_out')" },
  columns: { campaign: 'cm.campaign_id', account: 'cm.account_id' },
  period: 'cm.at >= @from AND cm.at < @to',
  dryRun: 'cv.rehearsal = @dryRun',
}

/**
 * Per kind of campaign, month of queueing and number (migration 0026): a contact reached a stage in a
 * month when its count there is above 0. Contacts by month or country, with no filter by campaign or number.
 */
const reachedIn = (...columns: CountColumn[]): Source['flags'] =>
  Object.fromEntries(columns.map((c) => [c, `(r.${c} > 0)`]))
const contactFlags: Source['flags'] = {
  n: '1',
  ...reachedIn('sent', 'delivered', 'read', 'replied', 'failed', 'skipped'),
}
export const contactsRollup: Source = {
  name: 'insight_contacts',
  from: 'insight_contacts r',
  keys: { month: 'r.month', prefix: 'substr(r.phone_e164, 1, 5)', contact: 'r.phone_e164' },
  flags: contactFlags,
  counts: sums(contactFlags),
  columns: {},
  period: 'r.month >= @monthFrom AND r.month < @monthTo',
  dryRun: 'r.dry_run = @dryRun',
  months: true,
}

export type Filter = keyof ReportDefinition['filters']

/** Whether the source can apply every filter the definition sets. */
export function filtersFit(source: Source, def: ReportDefinition): boolean {
  const f = def.filters
  const { campaign, account } = source.columns
  return (
    ((f.campaigns === undefined && f.listId === undefined) || campaign !== undefined) &&
    (f.accounts === undefined || account !== undefined) &&
    (f.statuses === undefined || source.columns.status !== undefined) &&
    (f.variants === undefined || source.columns.variant !== undefined) &&
    (f.countries === undefined || source.keys.prefix !== undefined)
  )
}

/**
 * The WHERE clauses of the definition's filters on one source; their values go to `params`. Countries
 * are told outside SQL per prefix, so that filter is applied on the outer layer (countryFilter).
 */
export function filterClauses(source: Source, def: ReportDefinition, params: ReportParams): string[] {
  const f = def.filters
  const clauses = source.where ? [source.where] : []
  if (f.since !== undefined || f.until !== undefined) {
    Object.assign(params, periodBounds({ since: f.since, until: f.until }))
    clauses.push(source.period)
  }
  // A filter the source has no column for must never be dropped: filtersFit rules such a source out
  const column = (name: keyof Source['columns']): string => {
    const sql = source.columns[name]
    if (sql === undefined) throw new Error(`${source.name} cannot filter by ${name}`)
    return sql
  }
  const among = (name: string, of: keyof Source['columns'], values?: readonly (string | number)[]): void => {
    if (values === undefined) return
    params[name] = JSON.stringify(values)
    clauses.push(`${column(of)} IN (SELECT value FROM json_each(@${name}))`)
  }
  among('campaigns', 'campaign', f.campaigns)
  among('statuses', 'status', f.statuses)
  among('accounts', 'account', f.accounts)
  among('variants', 'variant', f.variants)
  if (f.listId !== undefined) {
    params.listId = f.listId
    clauses.push(`${column('campaign')} IN (SELECT k.id FROM campaigns k WHERE k.list_id = @listId)`)
  }
  // Campaigns chosen by id are shown whatever their kind, as `herald analytics --campaign` does
  if (f.campaigns === undefined && f.dryRuns !== 'all') {
    params.dryRun = f.dryRuns === 'dry' ? 1 : 0
    clauses.push(
      source.dryRun ?? `${column('campaign')} IN (SELECT k.id FROM campaigns k WHERE k.dry_run = @dryRun)`,
    )
  }
  return clauses
}

/** The base rows: the source's rows kept by the filters, grouped by `keys`, with `counts` (0 when absent). */
export function baseSql(
  source: Source,
  keys: readonly RawKey[],
  counts: readonly CountColumn[],
  clauses: readonly string[],
): string {
  const expr = (key: RawKey): string => {
    const sql = source.keys[key]
    if (sql === undefined) throw new Error(`${source.name} has no ${key}`)
    return sql
  }
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''
  // Distinct contacts of single rows: a distinct set (kept as it grows, unlike the sort of a GROUP BY)
  // of what each contact reached in each group; its rows stand for one message or more (n = 1)
  const flags = source.flags
  if (keys.includes('contact') && flags) {
    const select = [
      ...keys.map((k) => `${expr(k)} AS ${k}`),
      ...counts.map((c) => `${flags[c] ?? '0'} AS ${c}`),
    ]
    return `SELECT DISTINCT ${select.join(', ')} FROM ${source.from} ${where}`
  }
  const select = [
    ...keys.map((k) => `${expr(k)} AS ${k}`),
    ...counts.map((c) => `${source.counts[c] ?? '0'} AS ${c}`),
  ]
  return `SELECT ${select.join(', ')} FROM ${source.from} ${where}
    ${keys.length > 0 ? `GROUP BY ${keys.map(expr).join(', ')}` : ''}`
}
