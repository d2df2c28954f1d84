import { useId } from 'react'
import type { ReactElement, ReactNode } from 'react'
import './forms.css'

export type RadioCardOption<T extends string> = {
  value: T
  label: string
  summary: ReactNode
  disabled?: boolean
  className?: string
}

type RadioCardsProps<T extends string> = {
  legend: string
  help?: ReactNode
  options: RadioCardOption<T>[]
  value: T
  onChange: (value: T) => void
}

/** One choice out of a few, each shown as a card with a line saying what it means. */
export function RadioCards<T extends string>(props: RadioCardsProps<T>): ReactElement {
  const { legend, help, options, value, onChange } = props
  const name = useId()
  return (
    <fieldset className="radio-group" aria-describedby={help ? `${name}-help` : undefined}>
      <legend className="form-legend">{legend}</legend>
      {help ? (
        <p className="form-field__help radio-group__help" id={`${name}-help`}>
          {help}
        </p>
      ) : null}
      <div className="radio-cards">
        {options.map((option) => (
          <label key={option.value} className={`radio-card ${option.className ?? ''}`}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
              aria-labelledby={`${name}-${option.value}-label`}
              aria-describedby={`${name}-${option.value}-summary`}
            />
            <span className="radio-card__label" id={`${name}-${option.value}-label`}>
              {option.label}
            </span>
            <span className="radio-card__summary" id={`${name}-${option.value}-summary`}>
              {option.summary}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
