import { useId } from 'react'
import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import type { Choice } from '../../ui/select'

const removeMark = '×'

type MultiPickProps<T extends string | number> = {
  /** "Campaigns": the field's label; the picker reads "Add a campaign…". */
  label: string
  addLabel: string
  /** What no choice means: "All campaigns". */
  anyLabel: string
  options: readonly Choice<T>[]
  values: readonly T[]
  onChange: (values: T[]) => void
  error?: string
}

/** Several values of a long list: each chosen one as a chip with its ×, and a drop-down to add another. */
export function MultiPick<T extends string | number>(props: MultiPickProps<T>): ReactElement {
  const t = useT()
  const { label, addLabel, anyLabel, options, values, onChange, error } = props
  const id = useId()
  const labelOf = (value: T): string => options.find((o) => o.value === value)?.label ?? String(value)
  const left = options.filter((o) => !values.includes(o.value))
  return (
    <div className={`form-field multi-pick${error ? ' form-field--invalid' : ''}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {values.length === 0 ? (
        <p className="multi-pick__any muted">{anyLabel}</p>
      ) : (
        <ul
          className="multi-pick__chips"
          aria-label={t('reports.filters.chosen', { what: label.toLocaleLowerCase() })}
        >
          {values.map((value) => (
            <li key={value} className="multi-pick__chip">
              <span>{labelOf(value)}</span>
              <button
                type="button"
                className="multi-pick__remove"
                aria-label={t('reports.filters.remove', { name: labelOf(value) })}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                {removeMark}
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        className="input form-select multi-pick__add"
        value=""
        disabled={left.length === 0}
        aria-invalid={Boolean(error)}
        onChange={(event) => {
          const chosen = left.find((o) => String(o.value) === event.target.value)
          if (chosen) onChange([...values, chosen.value])
        }}
      >
        <option value="">
          {left.length > 0
            ? addLabel
            : values.length > 0
              ? t('reports.filters.nothingMore')
              : t('reports.filters.noneYet')}
        </option>
        {left.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
