// The analytics queries. Each aggregates in SQLite and returns a handful of rows; `scope` restricts
// messages to the period (by queued_at) and, in the per-campaign variant, to one campaign.

export type ScopeKind = 'all' | 'campaign'

export const scopeSql = (kind: ScopeKind): string =>
  kind === 'campaign'
    ? 'm.campaign_id = @campaignId AND m.queued_at >= @from AND m.queued_at < @to'
    : 'm.queued_at >= @from AND m.queued_at < @to'

/** A stage is reached when its own timestamp or a later one is set: a read message was delivered. */
export const reached = {
  sent: 'coalesce(m.sent_at, m.delivered_at, m.read_at, m.replied_at) IS NOT NULL',
  delivered: 'coalesce(m.delivered_at, m.read_at, m.replied_at) IS NOT NULL',
  read: 'coalesce(m.read_at, m.replied_at) IS NOT NULL',
  replied: 'm.replied_at IS NOT NULL',
} as const

// Numbers that have sent a read receipt at least once, in all history: someone who turned read receipts
// off never sends one, so their messages would otherwise count as unread.
const receiptsFromNumber =
  'EXISTS (SELECT 1 FROM messages r WHERE r.phone_e164 = m.phone_e164 AND r.read_at IS NOT NULL)'

// An opt-out counts against the message whose reply asked for it (recorded within the hour).
const optedOut = `${reached.replied} AND EXISTS (SELECT 1 FROM opt_outs o WHERE o.phone_e164 = m.phone_e164
  AND o.source = 'reply' AND abs(julianday(o.created_at) - julianday(m.replied_at)) <= 1.0 / 24)`

export const summarySql = (scope: string): string => `
  WITH scoped AS (
    SELECT m.status, m.phone_e164,
      ${reached.sent} AS s, ${reached.delivered} AS d, ${reached.read} AS r, ${reached.replied} AS rp,
      CASE WHEN ${reached.delivered} AND m.read_at IS NULL THEN NOT ${receiptsFromNumber} ELSE 0 END
        AS no_receipts,
      ${optedOut} AS opted_out
    FROM messages m WHERE ${scope}
  )
  SELECT count(*) AS queued,
    coalesce(sum(s), 0) AS sent, coalesce(sum(d), 0) AS delivered, coalesce(sum(r), 0) AS read,
    coalesce(sum(rp), 0) AS replied, coalesce(sum(status = 'failed'), 0) AS failed,
    coalesce(sum(d AND no_receipts = 0), 0) AS delivered_with_receipts,
    coalesce(sum(r AND d AND no_receipts = 0), 0) AS read_with_receipts,
    coalesce(sum(no_receipts), 0) AS delivered_without_receipts,
    count(DISTINCT CASE WHEN no_receipts THEN phone_e164 END) AS numbers_without_receipts,
    coalesce(sum(opted_out), 0) AS opt_outs
  FROM scoped`

export const totalsSql = (scope: string): string =>
  `SELECT m.status AS status, count(*) AS n FROM messages m WHERE ${scope} GROUP BY m.status`

const seconds = (to: string, from: string): string => `(julianday(${to}) - julianday(${from})) * 86400.0`

/** The values at the ranks `percentileRanks` asks for, for p = 0.5 and 0.9, with the number of values. */
export const durationSql = (scope: string, column: 'delivered_at' | 'read_at' | 'replied_at'): string => `
  WITH v AS (
    SELECT ${seconds(`m.${column}`, 'm.sent_at')} AS d FROM messages m
    WHERE ${scope} AND m.${column} IS NOT NULL AND m.sent_at IS NOT NULL
  ), ranked AS (
    SELECT d, row_number() OVER (ORDER BY d) - 1 AS rn, count(*) OVER () AS n FROM v
  )
  SELECT d, rn, n FROM ranked
  WHERE rn IN (CAST((n - 1) * 0.5 AS INTEGER), CAST((n - 1) * 0.5 AS INTEGER) + 1,
               CAST((n - 1) * 0.9 AS INTEGER), CAST((n - 1) * 0.9 AS INTEGER) + 1)`

export const spansSql = (scope: string): string => `
  SELECT m.campaign_id AS campaignId, min(m.sent_at) AS first, max(m.sent_at) AS last
  FROM messages m WHERE ${scope} AND m.sent_at IS NOT NULL GROUP BY m.campaign_id`

const weekday = (column: string): string => `CAST(strftime('%w', ${column}) AS INTEGER)`
const hour = (column: string): string => `CAST(substr(${column}, 12, 2) AS INTEGER)`

export const sendHoursSql = (scope: string): string => `
  SELECT ${weekday('m.sent_at')} AS weekday, ${hour('m.sent_at')} AS hour, count(*) AS n,
    sum(${reached.replied}) AS replied
  FROM messages m WHERE ${scope} AND m.sent_at IS NOT NULL GROUP BY weekday, hour`

export const replyHoursSql = (scope: string): string => `
  SELECT ${weekday('m.replied_at')} AS weekday, ${hour('m.replied_at')} AS hour, count(*) AS n, 0 AS replied
  FROM messages m WHERE ${scope} AND m.replied_at IS NOT NULL GROUP BY weekday, hour`

export const variantsSql = (scope: string): string => `
  SELECT m.variant AS variant, sum(${reached.sent}) AS sent, sum(${reached.replied}) AS replied
  FROM messages m WHERE ${scope} GROUP BY m.variant ORDER BY m.variant`

export const errorsSql = (scope: string): string => `
  SELECT m.error_category AS category, count(*) AS n FROM messages m
  WHERE ${scope} AND m.status IN ('failed', 'skipped') AND m.error_category IS NOT NULL
  GROUP BY m.error_category ORDER BY n DESC, category`

export const dailySql = (scope: string): string => `
  SELECT day AS date, sum(s) AS sent, sum(d) AS delivered, sum(r) AS read, sum(rp) AS replied,
    sum(f) AS failed
  FROM (
    SELECT substr(m.sent_at, 1, 10) AS day, 1 AS s, ${reached.delivered} AS d, ${reached.read} AS r,
      ${reached.replied} AS rp, 0 AS f
    FROM messages m WHERE ${scope} AND m.sent_at IS NOT NULL
    UNION ALL
    SELECT substr(m.failed_at, 1, 10), 0, 0, 0, 0, 1
    FROM messages m WHERE ${scope} AND m.status = 'failed' AND m.failed_at IS NOT NULL
  )
  GROUP BY day ORDER BY day`

// "+" and four digits are enough to tell the country of nearly every number (+1 needs its area code);
// one sample number per prefix is then read by libphonenumber-js outside SQL.
export const countriesSql = (scope: string): string => `
  SELECT substr(m.phone_e164, 1, 5) AS prefix, min(m.phone_e164) AS sample, count(*) AS messages,
    sum(${reached.sent}) AS sent, sum(${reached.replied}) AS replied, sum(m.status = 'failed') AS failed
  FROM messages m WHERE ${scope} GROUP BY prefix`

export const campaignCountsSql = (scope: string): string => `
  SELECT c.id AS id, c.name AS name, c.status AS campaignStatus, m.status AS status, count(*) AS n
  FROM messages m JOIN campaigns c ON c.id = m.campaign_id
  WHERE ${scope} GROUP BY m.campaign_id, m.status ORDER BY m.campaign_id`

export const quickStatsSql = `
  SELECT count(DISTINCT m.campaign_id) AS campaigns, coalesce(sum(${reached.sent}), 0) AS sent,
    coalesce(sum(${reached.replied}), 0) AS replied, coalesce(sum(m.status = 'failed'), 0) AS failed
  FROM messages m WHERE m.queued_at >= @from`
