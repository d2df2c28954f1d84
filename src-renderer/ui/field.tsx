import { useId } from 'react'
import type { ReactElement, ReactNode } from 'react'
import './forms.css'

/** What a control needs to be tied to its label, help line and error. */
export type FieldControlProps = {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': boolean
}

export type FieldProps = {
  label: string
  help?: ReactNode
  error?: string | null
  wide?: boolean
  children: (control: FieldControlProps) => ReactNode
}

/** A label, its control, what is wrong with the value (if anything) and a short help line. */
export function Field({ label, help, error, wide, children }: FieldProps): ReactElement {
  const id = useId()
  const helpId = `${id}-help`
  const errorId = `${id}-error`
  const describedBy = [error ? errorId : null, help ? helpId : null].filter(Boolean).join(' ')
  return (
    <div className={`form-field${wide ? ' form-field--wide' : ''}${error ? ' form-field--invalid' : ''}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': Boolean(error) })}
      {error ? (
        <p className="form-field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      {help ? (
        <p className="form-field__help" id={helpId}>
          {help}
        </p>
      ) : null}
    </div>
  )
}

type NameFieldProps = Pick<FieldProps, 'label' | 'help'> & {
  value: string
  onChange: (name: string) => void
  placeholder: string
}

/** A name only the user sees, to find a thing by later: at most 120 characters. */
export function NameField({ label, value, onChange, ...shown }: NameFieldProps): ReactElement {
  return (
    <Field label={label} help={shown.help}>
      {(control) => (
        <input
          {...control}
          className="input"
          value={value}
          maxLength={120}
          placeholder={shown.placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
