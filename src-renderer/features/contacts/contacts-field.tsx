import { useId } from 'react'
import type { ReactElement, ReactNode } from 'react'

type ContactsFieldProps = {
  label: string
  /** Wider than the others, or taking what room the row has left. */
  size?: 'wide' | 'grow'
  /** The control, given the id its label names. */
  children: (id: string) => ReactNode
}

/** A label above its control, in the compact forms of the Contacts screens. */
export function ContactsField({ label, size, children }: ContactsFieldProps): ReactElement {
  const id = useId()
  return (
    <div className={size ? `contacts-field contacts-field--${size}` : 'contacts-field'}>
      <label className="contacts-field__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  )
}
