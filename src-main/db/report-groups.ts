import type { ReportDefinition, ReportGroup } from '../../src-shared/domain/report-definitions'
import type { RawKey, ReportParams } from './report-sources'

// The outer layer of a compiled report: its groups, made from the base rows (alias `b`), and the joins
// that name them (a campaign, a sending number, the country of a number prefix).

/** How each group is made from the base rows (alias `b`), what it needs of them, and what it shows. */
export type GroupSql = {
  needs: RawKey
  key: string
  label?: string
  join?: 'campaign' | 'account' | 'country'
}

export const groupSql: Record<ReportGroup, GroupSql> = {
  day: { needs: 'day', key: 'b.day' },
  week: { needs: 'week', key: 'b.week' },
  month: { needs: 'month', key: 'b.month' },
  hour: { needs: 'hour', key: 'b.hour' },
  weekday: { needs: 'weekday', key: 'b.weekday' },
  // A campaign or a number is grouped by its id, so that two of the same name stay apart
  campaign: { needs: 'campaign', key: 'b.campaign', label: 'c.name', join: 'campaign' },
  template: { needs: 'campaign', key: 'c.template_name', join: 'campaign' },
  variant: { needs: 'variant', key: 'b.variant' },
  country: { needs: 'prefix', key: 'pc.country', join: 'country' },
  account: {
    needs: 'account',
    key: 'b.account',
    label: "coalesce(a.name, 'Number ' || b.account)",
    join: 'account',
  },
  errorCategory: { needs: 'category', key: 'b.category' },
}

export const joinSql = {
  campaign: 'LEFT JOIN campaigns c ON c.id = b.campaign',
  account: 'LEFT JOIN accounts a ON a.id = b.account',
  country: 'LEFT JOIN pc ON pc.prefix = b.prefix',
} as const

/**
 * The country of each prefix, as the service tells it (bound as JSON). Materialized, SQLite indexes it for
 * the join: read again for every row, the JSON made a report of times by country four times as slow.
 */
export const countriesCte =
  'pc (prefix, country) AS MATERIALIZED (SELECT key, value FROM json_each(@prefixCountries))'

/** The raw keys a definition needs of its base rows, and the joins of its outer layer. */
export function needsOf(def: ReportDefinition): { keys: RawKey[]; joins: (keyof typeof joinSql)[] } {
  const keys = new Set<RawKey>(def.groupBy.map((g) => groupSql[g].needs))
  const joins = new Set(def.groupBy.flatMap((g) => groupSql[g].join ?? []))
  if (def.filters.countries !== undefined) {
    keys.add('prefix')
    joins.add('country')
  }
  if (def.rows === 'contacts' || def.rows === 'replies') keys.add('contact')
  if (def.rows === 'campaigns') keys.add('campaign')
  if (def.measures.includes('finished')) joins.add('campaign')
  return { keys: [...keys], joins: [...joins] }
}

/** The outer layer's FROM: the base rows, the joins, and the countries filter. */
export function outerFrom(
  base: string,
  def: ReportDefinition,
  joins: readonly (keyof typeof joinSql)[],
  params: ReportParams,
  prefixCountries: Readonly<Record<string, string>>,
): { with: string; from: string } {
  const countries = joins.includes('country')
  if (countries) params.prefixCountries = JSON.stringify(prefixCountries)
  let where = ''
  if (def.filters.countries !== undefined) {
    params.countries = JSON.stringify(def.filters.countries)
    where = 'WHERE pc.country IN (SELECT value FROM json_each(@countries))'
  }
  return {
    with: countries ? `WITH ${countriesCte}` : '',
    from: `FROM (${base}) b ${joins.map((j) => joinSql[j]).join(' ')} ${where}`,
  }
}
