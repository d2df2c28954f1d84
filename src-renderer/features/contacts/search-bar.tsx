import { useId } from 'react'
import type { ReactElement } from 'react'

type SearchBarProps = {
  /** What the field searches, for screen readers: "Search contacts". */
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  /** How many rows the table shows, in words. */
  count: string
}

/** The search field above a list's table, with how many rows it shows. */
export function SearchBar({ label, placeholder, value, onChange, count }: SearchBarProps): ReactElement {
  const id = useId()
  return (
    <div className="list-contacts__bar">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="input search-input"
        type="search"
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="list-contacts__count" role="status">
        {count}
      </p>
    </div>
  )
}
