import { messageStatusLabels } from '../../../src-shared/domain/status-words'
import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import {
  reportGroupLabels,
  reportMeasureLabels,
  reportRowKindLabels,
} from '../../../src-shared/domain/report-definitions'
import { countryName, formatDay } from '../../lib/format'
import type { FilterChoices } from './use-filter-choices'

const listed = (words: string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`

/** "Messages by day and variant: Sent, Delivered, Reply rate": what a saved report counts, in a line. */
export function describeReport(definition: ReportDefinition): string {
  const groups = definition.groupBy.map((g) => reportGroupLabels[g].toLowerCase())
  const measures = definition.measures.map((m) => reportMeasureLabels[m]).join(', ')
  const rows = reportRowKindLabels[definition.rows]
  return groups.length > 0 ? `${rows} by ${listed(groups)}: ${measures}` : `${rows}, in all: ${measures}`
}

const dryRunWords: Record<ReportDefinition['filters']['dryRuns'], string> = {
  live: 'Real campaigns only',
  dry: 'Dry runs only',
  all: 'Real campaigns and dry runs',
}

function periodWords(since: string | undefined, until: string | undefined): string {
  const day = (d: string): string => formatDay(d, { withYear: true })
  if (since && until) return `${day(since)} to ${day(until)}`
  if (since) return `From ${day(since)}`
  if (until) return `Until ${day(until)}`
  return 'All time'
}

/** The report's filters as a printed page lists them: [what, which], names as the other screens show them. */
export function describeFilters(definition: ReportDefinition, choices: FilterChoices): [string, string][] {
  const f = definition.filters
  const named = <T extends string | number>(
    values: readonly T[] | undefined,
    options: readonly { value: T; label: string }[],
  ): string | null =>
    values === undefined
      ? null
      : values.map((v) => options.find((o) => o.value === v)?.label ?? String(v)).join(', ')
  const facts: [string, string | null][] = [
    ['Period (UTC days)', periodWords(f.since, f.until)],
    ['Campaigns', named(f.campaigns, choices.campaigns) ?? dryRunWords[f.dryRuns]],
    ['Contact list', f.listId === undefined ? null : named([f.listId], choices.lists)],
    ['Statuses', f.statuses ? f.statuses.map((s) => messageStatusLabels[s]).join(', ') : null],
    ['Countries', f.countries ? f.countries.map((c) => countryName(c, '')).join(', ') : null],
    ['Sending numbers', named(f.accounts, choices.accounts)],
    ['Variants', f.variants ? f.variants.join(', ') : null],
  ]
  return facts.filter((fact): fact is [string, string] => fact[1] !== null)
}
