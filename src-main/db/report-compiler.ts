import type { ReportDefinition, ReportGroup, ReportMeasure } from '../../src-shared/domain/report-definitions'
import { periodBounds } from '../analytics/analytics-service'

export type ReportParams = Record<string, string | number>
/** One query: its text holds only allow-listed expressions, every value of the definition is in `params`. */
export type CompiledReport = { sql: string; params: ReportParams; columns: string[] }

// Each group: what it groups by (`key`) and what the report shows (`label`); a campaign or a number is
// grouped by its id, so two campaigns of the same name stay apart.
const groups: Record<ReportGroup, { key: string; label: string }> = {
  day: { key: 'substr(m.queued_at, 1, 10)', label: 'substr(m.queued_at, 1, 10)' },
  week: {
    key: "date(m.queued_at, 'weekday 0', '-6 days')",
    label: "date(m.queued_at, 'weekday 0', '-6 days')",
  },
  month: { key: 'substr(m.queued_at, 1, 7)', label: 'substr(m.queued_at, 1, 7)' },
  hour: {
    key: "CAST(strftime('%H', m.queued_at) AS INTEGER)",
    label: "CAST(strftime('%H', m.queued_at) AS INTEGER)",
  },
  weekday: {
    key: "CAST(strftime('%w', m.queued_at) AS INTEGER)",
    label: "CAST(strftime('%w', m.queued_at) AS INTEGER)",
  },
  campaign: { key: 'm.campaign_id', label: 'c.name' },
  template: { key: 'c.template_name', label: 'c.template_name' },
  variant: { key: 'm.variant', label: 'm.variant' },
  country: { key: 'pc.value', label: 'pc.value' },
  account: { key: 'm.account_id', label: "coalesce(a.name, 'Number ' || m.account_id)" },
  errorCategory: { key: 'm.error_category', label: 'm.error_category' },
}

const reached = (...statuses: string[]): string =>
  `coalesce(sum(m.status IN (${statuses.map((s) => `'${s}'`).join(', ')})), 0)`

// An opt-out by reply counts for the message it answered, as on the Dashboard (analytics-sql.ts optOutsSql).
const optedOut = `coalesce(sum(m.replied_at IS NOT NULL AND EXISTS (SELECT 1 FROM opt_outs o
    WHERE o.phone_e164 = m.phone_e164 AND o.source = 'reply'
      AND abs(julianday(o.created_at) - julianday(m.replied_at)) <= 1.0 / 24)), 0)`

const counts = {
  messages: 'count(*)',
  sent: reached('sent', 'delivered', 'read', 'replied'),
  delivered: reached('delivered', 'read', 'replied'),
  read: reached('read', 'replied'),
  replied: reached('replied'),
  failed: reached('failed'),
  skipped: reached('skipped'),
  optedOut,
} as const
type Count = keyof typeof counts

const ratio = (part: Count, whole: string): string =>
  `CASE WHEN ${whole} = 0 THEN NULL ELSE 1.0 * s.${part} / (${whole}) END`

// The formulas of ratesOf (src-shared/domain/rates.ts): success out of attempted, the others out of sent.
const measures: Record<ReportMeasure, { needs: Count[]; sql: string }> = {
  messages: { needs: ['messages'], sql: 's.messages' },
  sent: { needs: ['sent'], sql: 's.sent' },
  delivered: { needs: ['delivered'], sql: 's.delivered' },
  read: { needs: ['read'], sql: 's.read' },
  replied: { needs: ['replied'], sql: 's.replied' },
  failed: { needs: ['failed'], sql: 's.failed' },
  skipped: { needs: ['skipped'], sql: 's.skipped' },
  optedOut: { needs: ['optedOut'], sql: 's.optedOut' },
  successRate: { needs: ['sent', 'failed'], sql: ratio('sent', 's.sent + s.failed') },
  deliveryRate: { needs: ['delivered', 'sent'], sql: ratio('delivered', 's.sent') },
  readRate: { needs: ['read', 'sent'], sql: ratio('read', 's.sent') },
  replyRate: { needs: ['replied', 'sent'], sql: ratio('replied', 's.sent') },
  optOutRate: { needs: ['optedOut', 'sent'], sql: ratio('optedOut', 's.sent') },
}

function where(def: ReportDefinition, params: ReportParams): string[] {
  const f = def.filters
  const clauses: string[] = []
  if (f.since !== undefined || f.until !== undefined) {
    const { from, to } = periodBounds({ since: f.since, until: f.until })
    Object.assign(params, { from, to })
    clauses.push('m.queued_at >= @from AND m.queued_at < @to')
  }
  const among = (name: string, column: string, values: readonly (string | number)[] | undefined): void => {
    if (values === undefined) return
    params[name] = JSON.stringify(values)
    clauses.push(`${column} IN (SELECT value FROM json_each(@${name}))`)
  }
  among('campaigns', 'm.campaign_id', f.campaigns)
  among('statuses', 'm.status', f.statuses)
  among('countries', 'pc.value', f.countries)
  among('accounts', 'm.account_id', f.accounts)
  among('variants', 'm.variant', f.variants)
  if (f.listId !== undefined) {
    params.listId = f.listId
    clauses.push('c.list_id = @listId')
  }
  // Campaigns chosen by id are shown whatever their kind, as `herald analytics --campaign` does
  if (f.campaigns === undefined && f.dryRuns !== 'all') {
    params.dryRun = f.dryRuns === 'dry' ? 1 : 0
    clauses.push('c.dry_run = @dryRun')
  }
  return clauses
}

/**
 * Compiles a parsed definition to one query over `messages` (with its campaign, its sending number and, for
 * countries, `prefixCountries`: the country of each 5-character number prefix, told outside SQL as the
 * Dashboard does). Group columns are named as in `groupBy`, measure columns as in `measures`.
 */
export function compileReport(
  def: ReportDefinition,
  prefixCountries: Readonly<Record<string, string>> = {},
): CompiledReport {
  // Only names from the allow-lists ever reach the SQL text, even from a caller that skipped the schema
  for (const name of [...def.groupBy, ...def.measures]) {
    if (!Object.hasOwn(groups, name) && !Object.hasOwn(measures, name))
      throw new Error(`Not a report column: ${JSON.stringify(name)}`)
  }
  const params: ReportParams = {}
  const clauses = where(def, params)
  const usesCountry = def.groupBy.includes('country') || def.filters.countries !== undefined
  if (usesCountry) params.prefixCountries = JSON.stringify(prefixCountries)
  const needed = new Set(def.measures.flatMap((m) => measures[m].needs))
  const inner = [
    ...def.groupBy.map((g, i) => `${groups[g].label} AS g${i}`),
    ...[...needed].map((c) => `${counts[c]} AS ${c}`),
  ]
  const keys = def.groupBy.map((g) => groups[g].key)
  const sql = `
    SELECT ${[...def.groupBy.map((g, i) => `s.g${i} AS "${g}"`), ...def.measures.map((m) => `${measures[m].sql} AS "${m}"`)].join(', ')}
    FROM (
      SELECT ${inner.join(', ')}
      FROM messages m JOIN campaigns c ON c.id = m.campaign_id
        LEFT JOIN accounts a ON a.id = m.account_id
        ${usesCountry ? 'LEFT JOIN json_each(@prefixCountries) pc ON pc.key = substr(m.phone_e164, 1, 5)' : ''}
      ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''}
      ${keys.length > 0 ? `GROUP BY ${keys.join(', ')}` : ''}
    ) s
    ${keys.length > 0 ? `ORDER BY ${keys.map((_, i) => `s.g${i}`).join(', ')}` : ''}`
  return { sql, params, columns: [...def.groupBy, ...def.measures] }
}

/** The 5-character number prefixes with one number of each (from the rollup), for telling countries. */
export const prefixSamplesSql = 'SELECT prefix, min(sample) AS sample FROM insight_prefix GROUP BY prefix'
