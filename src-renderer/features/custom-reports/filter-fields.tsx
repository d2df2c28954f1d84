import { useState } from 'react'
import type { ReactElement } from 'react'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { ReportFilterName } from '../../../src-shared/domain/report-definitions'
import { filtersFor } from '../../../src-shared/domain/report-definitions'
import { messageStatusLabels } from '../../../src-shared/domain/status-words'
import { Field } from '../../ui/field'
import { Segmented } from '../../ui/segmented'
import { choicesOf, countryChoices, SelectField } from '../../ui/select'
import type { Draft, DraftErrors } from './draft'
import { MultiPick } from './multi-pick'
import type { FilterChoices } from './use-filter-choices'

type FilterFieldsProps = {
  draft: Draft
  errors: DraftErrors
  choices: FilterChoices
  onChange: (draft: Draft) => void
}

const kinds = [
  ['live', 'Real campaigns'],
  ['dry', 'Dry runs'],
  ['all', 'Both'],
] as const

const statusChoices = choicesOf(messageStatuses, messageStatusLabels)

function DateField(props: {
  label: string
  value: string
  error?: string
  onChange: (value: string) => void
}): ReactElement {
  return (
    <Field label={props.label} error={props.error}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="input"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

const moreWords: [ReportFilterName, string][] = [
  ['listId', 'list'],
  ['statuses', 'status'],
  ['countries', 'country'],
  ['accounts', 'number'],
  ['variants', 'variant'],
]

/** "list, status, country…": what the closed section holds for these rows. */
const moreHint = (allowed: readonly ReportFilterName[]): string =>
  moreWords
    .filter(([filter]) => allowed.includes(filter))
    .map(([, word]) => word)
    .join(', ')

/** The filters that are set among the less used ones, for the closed section's summary. */
function moreSet(draft: Draft): number {
  return [
    draft.listId !== null,
    draft.statuses.length > 0,
    draft.countries.length > 0,
    draft.accounts.length > 0,
    draft.variants.length > 0,
  ].filter(Boolean).length
}

/** Which messages the report counts: a period, kinds of campaign, campaigns, and more filters below. */
export function FilterFields({ draft, errors, choices, onChange }: FilterFieldsProps): ReactElement {
  const set = (patch: Partial<Draft>): void => onChange({ ...draft, ...patch })
  const allowed = filtersFor(draft.rows)
  const has = (filter: ReportFilterName): boolean => allowed.includes(filter)
  const chosen = moreSet(draft)
  const [more, setMore] = useState(chosen > 0)
  return (
    <div className="builder-filters">
      <div className="builder-filters__period">
        <DateField
          label="From"
          value={draft.since}
          error={errors.since}
          onChange={(since) => set({ since })}
        />
        <DateField
          label="Until"
          value={draft.until}
          error={errors.until}
          onChange={(until) => set({ until })}
        />
      </div>
      <p className="form-field__help builder-filters__note">
        Days are UTC, as on the Dashboard; leave them empty for all time.
      </p>
      <div className="form-field">
        <span className="form-field__label" aria-hidden="true">
          Campaigns counted
        </span>
        <Segmented
          label="Campaigns counted"
          name="builder-dry-runs"
          options={kinds}
          value={draft.dryRuns}
          onChange={(dryRuns) => set({ dryRuns })}
        />
        {draft.campaigns.length > 0 ? (
          <p className="form-field__help">The campaigns you chose below count whatever their kind.</p>
        ) : null}
      </div>
      {has('campaigns') ? (
        <MultiPick
          label="Campaigns"
          addLabel="Add a campaign…"
          anyLabel="All campaigns"
          options={choices.campaigns}
          values={draft.campaigns}
          error={errors.campaigns}
          onChange={(campaigns) => set({ campaigns })}
        />
      ) : null}
      <details
        className="builder-filters__more"
        open={more}
        onToggle={(event) => setMore(event.currentTarget.open)}
      >
        <summary>
          More filters{chosen > 0 ? ` (${chosen} set)` : ''}
          <span className="builder-filters__more-hint muted"> {moreHint(allowed)}</span>
        </summary>
        <div className="builder-filters__more-body">
          {has('listId') ? (
            <SelectField
              label="Contact list"
              value={draft.listId ?? 0}
              options={[{ value: 0, label: 'Any list' }, ...choices.lists]}
              onChange={(listId) => set({ listId: listId === 0 ? null : listId })}
            />
          ) : null}
          {has('statuses') ? (
            <MultiPick
              label="Statuses"
              addLabel="Add a status…"
              anyLabel="Any status"
              options={statusChoices}
              values={draft.statuses}
              error={errors.statuses}
              onChange={(statuses) => set({ statuses })}
            />
          ) : null}
          {has('countries') ? (
            <MultiPick
              label="Countries"
              addLabel="Add a country…"
              anyLabel="Every country"
              options={countryChoices}
              values={draft.countries}
              error={errors.countries}
              onChange={(countries) => set({ countries })}
            />
          ) : null}
          {has('accounts') ? (
            <MultiPick
              label="Sending numbers"
              addLabel="Add a number…"
              anyLabel="Every number"
              options={choices.accounts}
              values={draft.accounts}
              error={errors.accounts}
              onChange={(accounts) => set({ accounts })}
            />
          ) : null}
          {has('variants') ? (
            <MultiPick
              label="Variants"
              addLabel="Add a variant…"
              anyLabel="Every variant"
              options={choices.variants}
              values={draft.variants}
              error={errors.variants}
              onChange={(variants) => set({ variants })}
            />
          ) : null}
        </div>
      </details>
    </div>
  )
}
