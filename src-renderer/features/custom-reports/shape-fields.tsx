import { useId } from 'react'
import type { ReactElement } from 'react'
import type { ReportGroup } from '../../../src-shared/domain/report-definitions'
import {
  groupsFor,
  measuresFor,
  reportGroupLabels,
  reportMeasureLabels,
  reportRowKindLabels,
  reportRowKinds,
} from '../../../src-shared/domain/report-definitions'
import { Field } from '../../ui/field'
import { choicesOf, Select, SelectField } from '../../ui/select'
import type { ColumnKind } from './cells'
import { columnKind } from './cells'
import type { Draft, DraftErrors } from './draft'
import { maxGroups, withGroup, withMeasure, withRows } from './draft'

type ShapeProps = { draft: Draft; errors: DraftErrors; onChange: (draft: Draft) => void }

const slotLabels = ['First by', 'Then by', 'And then by']

/** What the report counts. */
export function RowsField({ draft, onChange }: ShapeProps): ReactElement {
  return (
    <SelectField
      label="What to count"
      value={draft.rows}
      options={choicesOf(reportRowKinds, reportRowKindLabels)}
      onChange={(rows) => onChange(withRows(draft, rows))}
    />
  )
}

/** Up to three groups, in order: each slot offers the groups the ones before it did not take. */
export function GroupByField({ draft, errors, onChange }: ShapeProps): ReactElement {
  const id = useId()
  const groups = groupsFor(draft.rows)
  const slots = Math.min(draft.groupBy.length + 1, maxGroups)
  return (
    <fieldset className="builder-groups">
      <legend className="form-legend">Group by</legend>
      <p className="form-field__help">
        One row for each, in this order. Leave it empty for one row of totals.
      </p>
      {Array.from({ length: slots }, (_, slot) => {
        const taken = draft.groupBy.filter((_, i) => i !== slot)
        const options = [
          { value: '' as const, label: slot < draft.groupBy.length ? 'Nothing (remove)' : 'Nothing' },
          ...groups.filter((g) => !taken.includes(g)).map((g) => ({ value: g, label: reportGroupLabels[g] })),
        ]
        return (
          <div key={slot} className="builder-groups__slot">
            <label className="builder-groups__label" htmlFor={`${id}-${slot}`}>
              {slotLabels[slot]}
            </label>
            <Select<ReportGroup | ''>
              id={`${id}-${slot}`}
              className="input form-select"
              value={draft.groupBy[slot] ?? ''}
              options={options}
              onChange={(group) => onChange(withGroup(draft, slot, group === '' ? null : group))}
            />
          </div>
        )
      })}
      {errors.groupBy ? (
        <p className="form-field__error" role="alert">
          {errors.groupBy}
        </p>
      ) : null}
    </fieldset>
  )
}

const kindHeadings: [Exclude<ColumnKind, 'group'>, string][] = [
  ['count', 'Counts'],
  ['rate', 'Rates'],
  ['time', 'Times'],
]

/** The columns of figures: counts, rates and times, each kept in the order they are listed. */
export function MeasuresField({ draft, errors, onChange }: ShapeProps): ReactElement {
  const measures = measuresFor(draft.rows)
  return (
    <fieldset className={`builder-measures${errors.measures ? ' form-field--invalid' : ''}`}>
      <legend className="form-legend">Measures</legend>
      {kindHeadings.map(([kind, heading]) => {
        const ofKind = measures.filter((m) => columnKind(m) === kind)
        if (ofKind.length === 0) return null
        return (
          <div key={kind} className="builder-measures__kind" role="group" aria-label={heading}>
            <p className="builder-measures__heading" aria-hidden="true">
              {heading}
            </p>
            <div className="builder-measures__list">
              {ofKind.map((measure) => (
                <label key={measure} className="form-check">
                  <input
                    type="checkbox"
                    checked={draft.measures.includes(measure)}
                    onChange={(event) => onChange(withMeasure(draft, measure, event.target.checked))}
                  />
                  <span>{reportMeasureLabels[measure]}</span>
                </label>
              ))}
            </div>
          </div>
        )
      })}
      {errors.measures ? (
        <p className="form-field__error" role="alert">
          {errors.measures}
        </p>
      ) : null}
    </fieldset>
  )
}

/** The report's name, said to be missing only once the user tries to save. */
export function NameInput(props: {
  value: string
  error?: string
  onChange: (name: string) => void
}): ReactElement {
  return (
    <Field label="Report name" error={props.error}>
      {(control) => (
        <input
          {...control}
          className="input"
          value={props.value}
          maxLength={100}
          placeholder="For example: Daily by variant"
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
