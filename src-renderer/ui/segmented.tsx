import type { ReactElement } from 'react'
import './segmented.css'

type SegmentedProps<T extends string> = {
  /** The group's name for screen readers: "Period", "When to start". */
  label: string
  /** The radio buttons' name, unique on the screen. */
  name: string
  options: readonly (readonly [T, string])[]
  value: T
  onChange: (value: T) => void
}

/** One of a few choices side by side, like a switch: radio buttons drawn as one segmented bar. */
export function Segmented<T extends string>(props: SegmentedProps<T>): ReactElement {
  const { label, name, options, value, onChange } = props
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map(([option, text]) => (
        <label key={option} className="segmented__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{text}</span>
        </label>
      ))}
    </div>
  )
}
