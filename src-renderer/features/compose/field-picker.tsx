import type { ReactElement } from 'react'
import { useIntl } from 'react-intl'
import { useT } from '../../i18n/use-t'

type FieldPickerProps = { keys: string[]; onInsert: (placeholder: string) => void }

/** Buttons that put a contact's field into the message where the cursor is. */
export function FieldPicker({ keys, onInsert }: FieldPickerProps): ReactElement {
  const t = useT()
  const intl = useIntl()
  return (
    <div className="field-picker">
      <div className="field-picker__buttons" role="group" aria-label={t('compose.fields.label')}>
        <span className="field-picker__label" aria-hidden="true">
          {t('compose.fields.insert')}
        </span>
        {keys.map((key) => {
          const placeholder = `{{${key}}}`
          return (
            <button
              key={key}
              type="button"
              className="placeholder-button"
              title={t('compose.fields.title', { field: key.replace(/_/g, ' ') })}
              onClick={() => onInsert(placeholder)}
            >
              {placeholder}
            </button>
          )
        })}
      </div>
      <p className="field-picker__help">
        {/* The examples are quoted in the message ('{Hi|Hello}'), so each language gives its own words */}
        {intl.formatMessage({ id: 'compose.fields.help' }, { code: (chunks) => <code>{chunks}</code> })}
      </p>
    </div>
  )
}

/** The fields every contact has, then the extra columns of the chosen list. */
export function fieldKeysFor(listKeys: string[] | undefined): string[] {
  return [...new Set(['name', 'city', ...(listKeys ?? [])])]
}
