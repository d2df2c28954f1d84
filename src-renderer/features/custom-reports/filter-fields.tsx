import { useState } from 'react'
import type { ReactElement } from 'react'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { ReportFilterName } from '../../../src-shared/domain/report-definitions'
import { filtersFor } from '../../../src-shared/domain/report-definitions'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { messageStatusLabel } from '../../lib/campaign-status'
import { Field } from '../../ui/field'
import { Segmented } from '../../ui/segmented'
import { countryChoices, SelectField } from '../../ui/select'
import { joined } from './describe'
import type { Draft, DraftErrors } from './draft'
import { MultiPick } from './multi-pick'
import type { FilterChoices } from './use-filter-choices'

type FilterFieldsProps = {
  draft: Draft
  errors: DraftErrors
  choices: FilterChoices
  onChange: (draft: Draft) => void
}

const kinds = (t: Translate): [Draft['dryRuns'], string][] => [
  ['live', t('reports.filters.kind.live')],
  ['dry', t('reports.filters.kind.dry')],
  ['all', t('reports.filters.kind.all')],
]

const statusChoices = (t: Translate): { value: (typeof messageStatuses)[number]; label: string }[] =>
  messageStatuses.map((status) => ({ value: status, label: messageStatusLabel(t, status) }))

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

const moreFilters: ReportFilterName[] = ['listId', 'statuses', 'countries', 'accounts', 'variants']

/** "list, status, country…": what the closed section holds for these rows. */
const moreHint = (t: Translate, allowed: readonly ReportFilterName[]): string =>
  joined(
    t,
    moreFilters
      .filter((filter) => allowed.includes(filter))
      .map((filter) => t(`reports.filters.more.${filter}`)),
  )

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
  const t = useT()
  const set = (patch: Partial<Draft>): void => onChange({ ...draft, ...patch })
  const allowed = filtersFor(draft.rows)
  const has = (filter: ReportFilterName): boolean => allowed.includes(filter)
  const chosen = moreSet(draft)
  const [more, setMore] = useState(chosen > 0)
  return (
    <div className="builder-filters">
      <div className="builder-filters__period">
        <DateField
          label={t('reports.filters.from')}
          value={draft.since}
          error={errors.since}
          onChange={(since) => set({ since })}
        />
        <DateField
          label={t('reports.filters.until')}
          value={draft.until}
          error={errors.until}
          onChange={(until) => set({ until })}
        />
      </div>
      <p className="form-field__help builder-filters__note">{t('reports.filters.utcNote')}</p>
      <div className="form-field">
        <span className="form-field__label" aria-hidden="true">
          {t('reports.filters.counted')}
        </span>
        <Segmented
          label={t('reports.filters.counted')}
          name="builder-dry-runs"
          options={kinds(t)}
          value={draft.dryRuns}
          onChange={(dryRuns) => set({ dryRuns })}
        />
        {draft.campaigns.length > 0 ? (
          <p className="form-field__help">{t('reports.filters.chosenCount')}</p>
        ) : null}
      </div>
      {has('campaigns') ? (
        <MultiPick
          label={t('reports.filters.campaigns')}
          addLabel={t('reports.filters.addCampaign')}
          anyLabel={t('reports.filters.allCampaigns')}
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
          {chosen > 0 ? t('reports.filters.moreSet', { count: chosen }) : t('reports.filters.more')}
          <span className="builder-filters__more-hint muted"> {moreHint(t, allowed)}</span>
        </summary>
        <div className="builder-filters__more-body">
          {has('listId') ? (
            <SelectField
              label={t('reports.filters.list')}
              value={draft.listId ?? 0}
              options={[{ value: 0, label: t('reports.filters.anyList') }, ...choices.lists]}
              onChange={(listId) => set({ listId: listId === 0 ? null : listId })}
            />
          ) : null}
          {has('statuses') ? (
            <MultiPick
              label={t('reports.filters.statuses')}
              addLabel={t('reports.filters.addStatus')}
              anyLabel={t('reports.filters.anyStatus')}
              options={statusChoices(t)}
              values={draft.statuses}
              error={errors.statuses}
              onChange={(statuses) => set({ statuses })}
            />
          ) : null}
          {has('countries') ? (
            <MultiPick
              label={t('reports.filters.countries')}
              addLabel={t('reports.filters.addCountry')}
              anyLabel={t('reports.filters.anyCountry')}
              options={countryChoices}
              values={draft.countries}
              error={errors.countries}
              onChange={(countries) => set({ countries })}
            />
          ) : null}
          {has('accounts') ? (
            <MultiPick
              label={t('reports.filters.accounts')}
              addLabel={t('reports.filters.addAccount')}
              anyLabel={t('reports.filters.anyAccount')}
              options={choices.accounts}
              values={draft.accounts}
              error={errors.accounts}
              onChange={(accounts) => set({ accounts })}
            />
          ) : null}
          {has('variants') ? (
            <MultiPick
              label={t('reports.filters.variants')}
              addLabel={t('reports.filters.addVariant')}
              anyLabel={t('reports.filters.anyVariant')}
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
