import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import type { Translate } from '../../i18n/use-t'
import { messageStatusLabel } from '../../lib/campaign-status'
import { countryName, formatDay } from '../../lib/format'
import { groupLabel, measureLabel, rowKindLabel } from './cells'
import type { FilterChoices } from './use-filter-choices'

/** "A, B and C" in the window's language. */
export function listed(t: Translate, words: string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return t('reports.words.list', {
    head: words.slice(0, -1).join(t('reports.words.listComma')),
    last: words.at(-1) ?? '',
  })
}

/** "A, B, C": names one after the other. */
export const joined = (t: Translate, words: string[]): string => words.join(t('reports.words.listComma'))

/** "Messages by day and variant: Sent, Delivered, Reply rate": what a saved report counts, in a line. */
export function describeReport(t: Translate, definition: ReportDefinition): string {
  const groups = definition.groupBy.map((g) => groupLabel(t, g).toLocaleLowerCase())
  const measures = joined(
    t,
    definition.measures.map((m) => measureLabel(t, m)),
  )
  const rows = rowKindLabel(t, definition.rows)
  return groups.length > 0
    ? t('reports.describe.grouped', { rows, groups: listed(t, groups), measures })
    : t('reports.describe.inAll', { rows, measures })
}

function periodWords(t: Translate, since: string | undefined, until: string | undefined): string {
  const day = (d: string): string => formatDay(d, { withYear: true })
  if (since && until) return t('reports.describe.period.between', { since: day(since), until: day(until) })
  if (since) return t('reports.describe.period.since', { since: day(since) })
  if (until) return t('reports.describe.period.until', { until: day(until) })
  return t('reports.describe.period.all')
}

/** The report's filters as a printed page lists them: [what, which], names as the other screens show them. */
export function describeFilters(
  t: Translate,
  definition: ReportDefinition,
  choices: FilterChoices,
): [string, string][] {
  const f = definition.filters
  const named = <T extends string | number>(
    values: readonly T[] | undefined,
    options: readonly { value: T; label: string }[],
  ): string | null =>
    values === undefined
      ? null
      : joined(
          t,
          values.map((v) => options.find((o) => o.value === v)?.label ?? String(v)),
        )
  const facts: [string, string | null][] = [
    [t('reports.describe.filter.period'), periodWords(t, f.since, f.until)],
    [
      t('reports.describe.filter.campaigns'),
      named(f.campaigns, choices.campaigns) ?? t(`reports.describe.dryRuns.${f.dryRuns}`),
    ],
    [t('reports.describe.filter.list'), f.listId === undefined ? null : named([f.listId], choices.lists)],
    [
      t('reports.describe.filter.statuses'),
      f.statuses
        ? joined(
            t,
            f.statuses.map((s) => messageStatusLabel(t, s)),
          )
        : null,
    ],
    [
      t('reports.describe.filter.countries'),
      f.countries
        ? joined(
            t,
            f.countries.map((c) => countryName(c, '')),
          )
        : null,
    ],
    [t('reports.describe.filter.accounts'), named(f.accounts, choices.accounts)],
    [t('reports.describe.filter.variants'), f.variants ? joined(t, f.variants) : null],
  ]
  return facts.filter((fact): fact is [string, string] => fact[1] !== null)
}
