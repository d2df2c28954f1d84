import { useId } from 'react'
import type { ReactElement } from 'react'
import type { ReportGroup } from '../../../src-shared/domain/report-definitions'
import { groupsFor, measuresFor, reportRowKinds } from '../../../src-shared/domain/report-definitions'
import { useT } from '../../i18n/use-t'
import { Field } from '../../ui/field'
import { Select, SelectField } from '../../ui/select'
import type { ColumnKind } from './cells'
import { columnKind, groupLabel, measureLabel, rowKindLabel } from './cells'
import type { Draft, DraftErrors } from './draft'
import { maxGroups, withGroup, withMeasure, withRows } from './draft'

type ShapeProps = { draft: Draft; errors: DraftErrors; onChange: (draft: Draft) => void }

/** What the report counts. */
export function RowsField({ draft, onChange }: ShapeProps): ReactElement {
  const t = useT()
  return (
    <SelectField
      label={t('reports.builder.rows')}
      value={draft.rows}
      options={reportRowKinds.map((rows) => ({ value: rows, label: rowKindLabel(t, rows) }))}
      onChange={(rows) => onChange(withRows(draft, rows))}
    />
  )
}

/** Up to three groups, in order: each slot offers the groups the ones before it did not take. */
export function GroupByField({ draft, errors, onChange }: ShapeProps): ReactElement {
  const t = useT()
  const id = useId()
  const groups = groupsFor(draft.rows)
  const slots = Math.min(draft.groupBy.length + 1, maxGroups)
  return (
    <fieldset className="builder-groups">
      <legend className="form-legend">{t('reports.builder.groupBy')}</legend>
      <p className="form-field__help">{t('reports.builder.groupByHelp')}</p>
      {Array.from({ length: slots }, (_, slot) => {
        const taken = draft.groupBy.filter((_, i) => i !== slot)
        const options = [
          {
            value: '' as const,
            label:
              slot < draft.groupBy.length ? t('reports.builder.nothingRemove') : t('reports.builder.nothing'),
          },
          ...groups.filter((g) => !taken.includes(g)).map((g) => ({ value: g, label: groupLabel(t, g) })),
        ]
        return (
          <div key={slot} className="builder-groups__slot">
            <label className="builder-groups__label" htmlFor={`${id}-${slot}`}>
              {t(`reports.builder.slot.${slot}`)}
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

const kinds: Exclude<ColumnKind, 'group'>[] = ['count', 'rate', 'time']

/** The columns of figures: counts, rates and times, each kept in the order they are listed. */
export function MeasuresField({ draft, errors, onChange }: ShapeProps): ReactElement {
  const t = useT()
  const measures = measuresFor(draft.rows)
  return (
    <fieldset className={`builder-measures${errors.measures ? ' form-field--invalid' : ''}`}>
      <legend className="form-legend">{t('reports.builder.measures')}</legend>
      {kinds.map((kind) => {
        const heading = t(`reports.builder.kind.${kind}`)
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
                  <span>{measureLabel(t, measure)}</span>
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
  const t = useT()
  return (
    <Field label={t('reports.builder.name')} error={props.error}>
      {(control) => (
        <input
          {...control}
          className="input"
          value={props.value}
          maxLength={100}
          placeholder={t('reports.builder.namePlaceholder')}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
