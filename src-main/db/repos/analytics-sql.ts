// The analytics queries. They read the rollups of migration 0006 (running totals per campaign and UTC day
// of queueing, kept by triggers), so a dashboard over a million messages reads a few thousand rows; only
// the percentile values, the campaign spans and the opt-outs touch `messages`, each through an index.
// A scope is a period of whole UTC days ([@from, @to) as ISO bounds at midnight, or open ends '' and
// '\uffff') and, in the per-campaign variant, one campaign; in the per-number variant (`+account`), only
// what one sending number sent (@accountId).

export type ScopeKind = `${'all' | 'campaign'}${'' | '+account'}`
export type DurationColumn = 'delivered_at' | 'read_at' | 'replied_at'

const oneCampaign = (kind: ScopeKind): boolean => kind.startsWith('campaign')
const ofAccount = (kind: ScopeKind, column: string): string =>
  kind.endsWith('+account') ? ` AND ${column} = @accountId` : ''
const days = (t: string): string => `${t}.day >= substr(@from, 1, 10) AND ${t}.day < substr(@to, 1, 10)`

// Real campaigns, dry runs or both (@dryRun 'live', 'dry' or 'all'); the few campaign ids are read once.
const ofKind = (column: string): string =>
  `(@dryRun = 'all' OR ${column} IN (SELECT k.id FROM campaigns k WHERE k.dry_run = (@dryRun = 'dry')))`

/** Rollup rows (alias `r`) of the scope; one campaign chosen by id is shown whatever its kind. */
export const rollupScope = (kind: ScopeKind): string =>
  (oneCampaign(kind)
    ? `r.campaign_id = @campaignId AND ${days('r')}`
    : `${days('r')} AND ${ofKind('r.campaign_id')}`) + ofAccount(kind, 'r.account_id')

/** Messages (alias `m`) of the scope. */
export const messageScope = (kind: ScopeKind): string =>
  (oneCampaign(kind)
    ? 'm.campaign_id = @campaignId AND m.queued_at >= @from AND m.queued_at < @to'
    : `m.queued_at >= @from AND m.queued_at < @to AND ${ofKind('m.campaign_id')}`) +
  ofAccount(kind, 'm.account_id')

/** Counts per stage reached (a read message was delivered and sent) and failures. */
export const summarySql = (kind: ScopeKind): string => `
  SELECT coalesce(sum(r.n), 0) AS queued, coalesce(sum(r.sent), 0) AS sent,
    coalesce(sum(r.delivered), 0) AS delivered, coalesce(sum(r.read), 0) AS read,
    coalesce(sum(r.replied), 0) AS replied,
    coalesce(sum(CASE WHEN r.status = 'failed' THEN r.n END), 0) AS failed
  FROM insight_status r WHERE ${rollupScope(kind)}`

/** Deliveries to numbers that never send read receipts: how many, of them read-or-replied, how many numbers. */
export const silentSql = (kind: ScopeKind): string => `
  SELECT count(*) AS numbers, coalesce(sum(n), 0) AS delivered, coalesce(sum(replied), 0) AS read
  FROM (SELECT sum(r.n) AS n, sum(r.replied) AS replied FROM insight_silent r WHERE ${rollupScope(kind)}
    GROUP BY r.phone_e164)`

// An opt-out counts against the message whose reply asked for it (recorded within the hour), and so
// against the number that sent it; a recipient has at most one opt-out, so few rows lead the join and each
// finds its replies, with the number they answered, through messages_replies.
export const optOutsSql = (kind: ScopeKind): string => `
  SELECT m.account_id AS accountId, count(*) AS n
  FROM opt_outs o JOIN messages m INDEXED BY messages_replies ON m.phone_e164 = o.phone_e164
  WHERE o.source = 'reply' AND m.replied_at IS NOT NULL
    AND abs(julianday(o.created_at) - julianday(m.replied_at)) <= 1.0 / 24 AND ${messageScope(kind)}
  GROUP BY m.account_id`

export const totalsSql = (kind: ScopeKind): string => `
  SELECT r.status AS status, sum(r.n) AS n FROM insight_status r WHERE ${rollupScope(kind)} GROUP BY r.status`

const stageOf: Record<DurationColumn, string> = {
  delivered_at: 'deliver',
  read_at: 'read',
  replied_at: 'reply',
}

// These two must stay the expressions of the messages_time_to_* indexes (migrations 0006 and 0019) for
// SQLite to read the values in order from them; the repository test checks the query plan.
const seconds = (column: DurationColumn): string =>
  `((julianday(m.${column}) - julianday(m.sent_at)) * 86400.0)`
const bucket = (column: DurationColumn): string =>
  `coalesce(CASE WHEN ${seconds(column)} < 1 THEN 0 ELSE 1 + CAST(log2(${seconds(column)}) * 8 AS INTEGER) END, 0)`

/** How many sent → stage times fall in each bucket, in bucket (hence time) order. */
export const histogramSql = (kind: ScopeKind): string => `
  SELECT r.bucket AS bucket, sum(r.n) AS n FROM insight_durations r
  WHERE r.stage = @stage AND ${rollupScope(kind)} GROUP BY r.bucket ORDER BY r.bucket`

export const stageName = (column: DurationColumn): string => stageOf[column]

/** The times of one bucket in order, from @offset: the value at a rank without reading the others. */
export const bucketValuesSql = (kind: ScopeKind, column: DurationColumn): string => `
  SELECT ${seconds(column)} AS d FROM messages m INDEXED BY messages_time_to_${stageOf[column]}
  WHERE m.${column} IS NOT NULL AND m.sent_at IS NOT NULL AND ${bucket(column)} = @bucket
    AND ${messageScope(kind)}
  ORDER BY ${seconds(column)} LIMIT @limit OFFSET @offset`

// Each campaign's first and last send (of its messages in the scope), read from the ends of
// messages_campaign_sent rather than by scanning the campaign. A campaign's numbers take turns, so the
// first and last sends of one number are found a few entries from the ends.
const sendAt = (kind: ScopeKind, direction: 'ASC' | 'DESC'): string => `(SELECT m.sent_at FROM messages m
  INDEXED BY messages_campaign_sent WHERE m.campaign_id = c.campaign_id AND m.sent_at IS NOT NULL
    AND m.queued_at >= @from AND m.queued_at < @to${ofAccount(kind, 'm.account_id')}
  ORDER BY m.sent_at ${direction} LIMIT 1)`

export const spansSql = (kind: ScopeKind): string => `
  SELECT campaignId, first, last FROM (
    SELECT c.campaign_id AS campaignId, ${sendAt(kind, 'ASC')} AS first, ${sendAt(kind, 'DESC')} AS last
    FROM (SELECT DISTINCT r.campaign_id FROM insight_daily r WHERE ${rollupScope(kind)} AND r.sent > 0) c
  ) WHERE first IS NOT NULL ORDER BY campaignId`

export const sendHoursSql = (kind: ScopeKind): string => `
  SELECT r.weekday AS weekday, r.hour AS hour, sum(r.n) AS n, sum(r.replied) AS replied
  FROM insight_hours r WHERE r.kind = 'send' AND ${rollupScope(kind)} GROUP BY r.weekday, r.hour`

export const replyHoursSql = (kind: ScopeKind): string => `
  SELECT r.weekday AS weekday, r.hour AS hour, sum(r.n) AS n, 0 AS replied
  FROM insight_hours r WHERE r.kind = 'reply' AND ${rollupScope(kind)} GROUP BY r.weekday, r.hour`

export const variantsSql = (kind: ScopeKind): string => `
  SELECT r.variant AS variant, sum(r.sent) AS sent, sum(r.replied) AS replied
  FROM insight_status r WHERE ${rollupScope(kind)} GROUP BY r.variant ORDER BY r.variant`

export const errorsSql = (kind: ScopeKind): string => `
  SELECT r.category AS category, sum(r.n) AS n FROM insight_status r
  WHERE ${rollupScope(kind)} AND r.status IN ('failed', 'skipped') AND r.category <> ''
  GROUP BY r.category ORDER BY n DESC, category`

/** Per day a message was sent: how many, and how far they got; failures on the day they failed. */
export const dailySql = (kind: ScopeKind): string => `
  SELECT r.on_day AS date, sum(r.sent) AS sent, sum(r.delivered) AS delivered, sum(r.read) AS read,
    sum(r.replied) AS replied, sum(r.failed) AS failed
  FROM insight_daily r WHERE ${rollupScope(kind)} GROUP BY r.on_day ORDER BY r.on_day`

// "+" and four digits are enough to tell the country of nearly every number (+1 needs its area code);
// one sample number per prefix is then read by libphonenumber-js outside SQL.
export const countriesSql = (kind: ScopeKind): string => `
  SELECT r.prefix AS prefix, min(r.sample) AS sample, sum(r.n) AS messages, sum(r.sent) AS sent,
    sum(r.replied) AS replied, sum(r.failed) AS failed
  FROM insight_prefix r WHERE ${rollupScope(kind)} GROUP BY r.prefix`

export const campaignCountsSql = (kind: ScopeKind): string => `
  SELECT c.id AS id, c.name AS name, c.status AS campaignStatus, c.dry_run AS dryRun, r.status AS status,
    sum(r.n) AS n
  FROM insight_status r JOIN campaigns c ON c.id = r.campaign_id
  WHERE ${rollupScope(kind)} GROUP BY r.campaign_id, r.status ORDER BY r.campaign_id`

/** Per sending number: how far its messages got, and its failures. */
export const accountsSql = (kind: ScopeKind): string => `
  SELECT s.accountId, coalesce(a.name, 'Number ' || s.accountId) AS name, a.phone AS phone,
    (a.removed_at IS NOT NULL) AS removed, s.messages, s.sent, s.delivered, s.read, s.replied, s.failed
  FROM (SELECT r.account_id AS accountId, sum(r.n) AS messages, sum(r.sent) AS sent,
      sum(r.delivered) AS delivered, sum(r.read) AS read, sum(r.replied) AS replied,
      coalesce(sum(CASE WHEN r.status = 'failed' THEN r.n END), 0) AS failed
    FROM insight_status r WHERE ${rollupScope(kind)} GROUP BY r.account_id) s
  LEFT JOIN accounts a ON a.id = s.accountId
  ORDER BY s.accountId`

/** The numbers that have any message at all, removed ones too: what the number filter offers. */
export const numbersWithMessagesSql = `
  SELECT a.id, a.name, a.phone, (a.removed_at IS NOT NULL) AS removed FROM accounts a
  WHERE a.id IN (SELECT r.account_id FROM insight_status r) ORDER BY a.id`
