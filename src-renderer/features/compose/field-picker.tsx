import type { ReactElement } from 'react'

type FieldPickerProps = { keys: string[]; onInsert: (placeholder: string) => void }

/** Buttons that put a contact's field into the message where the cursor is. */
export function FieldPicker({ keys, onInsert }: FieldPickerProps): ReactElement {
  return (
    <div className="field-picker">
      <div className="field-picker__buttons" role="group" aria-label="Insert a field">
        <span className="field-picker__label" aria-hidden="true">
          Insert:
        </span>
        {keys.map((key) => (
          <button
            key={key}
            type="button"
            className="placeholder-button"
            title={`Put each contact's ${key.replace(/_/g, ' ')} here`}
            onClick={() => onInsert(`{{${key}}}`)}
          >
            {`{{${key}}}`}
          </button>
        ))}
      </div>
      <p className="field-picker__help">
        <code>{'{Hi|Hello}'}</code> picks one at random; <code>{'{{name|there}}'}</code> uses “there” when a
        contact has no name. Write <code>|</code> and a word inside any field to do the same.
      </p>
    </div>
  )
}

/** The fields every contact has, then the extra columns of the chosen list. */
export function fieldKeysFor(listKeys: string[] | undefined): string[] {
  return [...new Set(['name', 'city', ...(listKeys ?? [])])]
}
