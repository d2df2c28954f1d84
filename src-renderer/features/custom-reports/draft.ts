import type { MessageStatus } from '../../../src-shared/domain/campaigns'
import type {
  ReportDefinition,
  ReportDefinitionInput,
  ReportGroup,
  ReportMeasure,
  ReportRowKind,
} from '../../../src-shared/domain/report-definitions'
import type { Translate } from '../../i18n/use-t'
import {
  filtersFor,
  groupsFor,
  measuresFor,
  ReportDefinitionSchema,
  reportRowKinds,
} from '../../../src-shared/domain/report-definitions'

/** The builder's form: what the user has chosen so far, saved or not. Empty text and lists mean "any". */
export type Draft = {
  name: string
  rows: ReportRowKind
  since: string
  until: string
  campaigns: number[]
  statuses: MessageStatus[]
  countries: string[]
  accounts: number[]
  variants: string[]
  listId: number | null
  dryRuns: 'live' | 'dry' | 'all'
  groupBy: ReportGroup[]
  measures: ReportMeasure[]
}

/** The fields a problem can be shown next to; `form` for one that belongs to none of them. */
export type DraftField =
  | 'name'
  | 'since'
  | 'until'
  | 'campaigns'
  | 'statuses'
  | 'countries'
  | 'accounts'
  | 'variants'
  | 'groupBy'
  | 'measures'
  | 'form'
export type DraftErrors = Partial<Record<DraftField, string>>

export const maxGroups = 3

/** A new report: the first kind of rows, by its first group, with its first two measures. */
export function newDraft(): Draft {
  const rows = reportRowKinds[0]
  return {
    name: '',
    rows,
    since: '',
    until: '',
    campaigns: [],
    statuses: [],
    countries: [],
    accounts: [],
    variants: [],
    listId: null,
    dryRuns: 'live',
    groupBy: groupsFor(rows).slice(0, 1),
    measures: measuresFor(rows).slice(0, 2),
  }
}

export function draftOf(definition: ReportDefinition): Draft {
  const f = definition.filters
  return {
    name: definition.name,
    rows: definition.rows,
    since: f.since ?? '',
    until: f.until ?? '',
    campaigns: f.campaigns ?? [],
    statuses: f.statuses ?? [],
    countries: f.countries ?? [],
    accounts: f.accounts ?? [],
    variants: f.variants ?? [],
    listId: f.listId ?? null,
    dryRuns: f.dryRuns,
    groupBy: [...definition.groupBy],
    measures: [...definition.measures],
  }
}

const some = <T>(values: readonly T[]): T[] | undefined => (values.length > 0 ? [...values] : undefined)

/** The definition the draft stands for; what it leaves open is left out. */
export function definitionOf(draft: Draft): ReportDefinitionInput {
  const filters = {
    since: draft.since || undefined,
    until: draft.until || undefined,
    campaigns: some(draft.campaigns),
    statuses: some(draft.statuses),
    countries: some(draft.countries),
    accounts: some(draft.accounts),
    variants: some(draft.variants),
    listId: draft.listId ?? undefined,
    dryRuns: draft.dryRuns,
  }
  return {
    name: draft.name.trim(),
    rows: draft.rows,
    filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    groupBy: [...draft.groupBy],
    measures: [...draft.measures],
  }
}

/** Other rows offer other groups and measures: the chosen ones the new rows do not have are let go. */
export function withRows(draft: Draft, rows: ReportRowKind): Draft {
  const groups = groupsFor(rows)
  const measures = measuresFor(rows)
  const filters = filtersFor(rows)
  const kept = draft.measures.filter((m) => measures.includes(m))
  return {
    ...draft,
    ...(filters.includes('statuses') ? {} : { statuses: [] }),
    ...(filters.includes('variants') ? {} : { variants: [] }),
    ...(filters.includes('campaigns') ? {} : { campaigns: [] }),
    ...(filters.includes('countries') ? {} : { countries: [] }),
    ...(filters.includes('accounts') ? {} : { accounts: [] }),
    ...(filters.includes('listId') ? {} : { listId: null }),
    rows,
    groupBy: draft.groupBy.filter((g) => groups.includes(g)),
    measures: kept.length > 0 ? kept : measures.slice(0, 2),
  }
}

/** Measures ticked or not, always in the order the builder lists them (the columns' order). */
export function withMeasure(draft: Draft, measure: ReportMeasure, on: boolean): Draft {
  const chosen = new Set(draft.measures)
  if (on) chosen.add(measure)
  else chosen.delete(measure)
  return { ...draft, measures: measuresFor(draft.rows).filter((m) => chosen.has(m)) }
}

/** The group at `slot` (0 = first) set, or taken away (null) with the ones after it moving up. */
export function withGroup(draft: Draft, slot: number, group: ReportGroup | null): Draft {
  const groups = [...draft.groupBy]
  if (group === null) groups.splice(slot, 1)
  else groups[slot] = group
  return { ...draft, groupBy: groups.filter((g, i) => groups.indexOf(g) === i).slice(0, maxGroups) }
}

const fieldOf = (path: readonly PropertyKey[]): DraftField => {
  const [first, second] = path
  if (first === 'filters') {
    if (second === undefined) return 'until'
    return (
      (['since', 'until', 'campaigns', 'statuses', 'countries', 'accounts', 'variants'] as const).find(
        (f) => f === second,
      ) ?? 'form'
    )
  }
  if (first === 'groupBy' || first === 'measures' || first === 'name') return first
  return 'form'
}

/** The period's end before its start, in the builder's words (From, Until). */
export const periodBackwards = (t: Translate): string => t('reports.builder.problem.periodBackwards')

export const nameMissing = (t: Translate): string => t('reports.builder.problem.nameMissing')

/**
 * The draft checked as the main process will check it: the definition, or what is wrong next to each field.
 * A draft without a name still previews (it is only needed to save), under `previewName`.
 */
export function checkDraft(
  t: Translate,
  draft: Draft,
  previewName = t('reports.builder.untitled'),
): { definition: ReportDefinition | null; errors: DraftErrors } {
  const definition = definitionOf(draft)
  const parsed = ReportDefinitionSchema.safeParse({ ...definition, name: definition.name || previewName })
  if (parsed.success) return { definition: parsed.data, errors: {} }
  const errors: DraftErrors = {}
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path)
    errors[field] ??=
      field === 'name'
        ? t('reports.builder.problem.nameLong', { max: 100 })
        : issue.path.length === 1 && issue.path[0] === 'filters'
          ? periodBackwards(t)
          : field === 'measures' && issue.code === 'too_small'
            ? t('reports.builder.problem.noMeasure')
            : issue.message
  }
  return { definition: null, errors }
}

/** Whether two drafts make the same report (what "unsaved changes" compares). */
export const sameReport = (a: Draft, b: Draft): boolean =>
  JSON.stringify(definitionOf(a)) === JSON.stringify(definitionOf(b))
