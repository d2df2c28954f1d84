import { useLayoutEffect, useRef } from 'react'
import type { ReactElement } from 'react'
import { messageLength } from '../../../src-shared/domain/template'
import { useT } from '../../i18n/use-t'
import { maxBodyLength, variantProblems } from './draft'
import { FieldPicker } from './field-picker'

type MessageFieldProps = {
  body: string
  fieldKeys: string[]
  onChange: (body: string) => void
}

/** The message text, with buttons that insert fields at the cursor and the problems Herald sees in it. */
export function MessageField({ body, fieldKeys, onChange }: MessageFieldProps): ReactElement {
  const t = useT()
  const area = useRef<HTMLTextAreaElement>(null)
  // Where the cursor goes once an inserted field has been rendered into the text.
  const caret = useRef<number | null>(null)
  const problems = body ? variantProblems(body, t) : []
  const length = messageLength(body)

  useLayoutEffect(() => {
    if (caret.current === null || !area.current) return
    area.current.focus()
    area.current.setSelectionRange(caret.current, caret.current)
    caret.current = null
  }, [body])

  const insert = (text: string): void => {
    const el = area.current
    const start = el?.selectionStart ?? body.length
    const end = el?.selectionEnd ?? body.length
    caret.current = start + text.length
    onChange(body.slice(0, start) + text + body.slice(end))
  }

  return (
    <div className="message-field">
      <label className="form-field__label" htmlFor="message-body">
        {t('compose.message.label')}
      </label>
      <FieldPicker keys={fieldKeys} onInsert={insert} />
      <textarea
        ref={area}
        id="message-body"
        className="input message-field__text"
        rows={6}
        value={body}
        placeholder={t('compose.message.placeholder')}
        aria-invalid={problems.length > 0}
        aria-describedby="message-count message-problems"
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="spread-row">
        <ul id="message-problems" className="message-field__problems" aria-live="polite">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p
          id="message-count"
          className={`message-field__count${length > maxBodyLength ? ' message-field__count--over' : ''}`}
        >
          {t('compose.message.count', { count: length })}
        </p>
      </div>
    </div>
  )
}
