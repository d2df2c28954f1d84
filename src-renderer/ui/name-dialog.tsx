import { useId, useState } from 'react'
import type { FormEvent, ReactElement, ReactNode } from 'react'
import type { Result } from '../../src-shared/ipc/result'
import { useT } from '../i18n/use-t'
import { Field } from './field'
import { Modal } from './modal'
import './name-dialog.css'

export type NameDialogProps<T> = {
  title: string
  /** A sentence above the field (for something new: what it is for). */
  intro?: ReactNode
  /** The name it has now; empty for something new. */
  initial: string
  label: string
  help: string
  placeholder: string
  /** Longer names are refused by `problem`; the field takes a little more, so the refusal can show. */
  maxLength?: number
  /** What is wrong with a name, in words; null when it will do. */
  problem: (name: string) => string | null
  /** The main button's words ("Save", "Add and show the QR code"). */
  submitLabel: string
  /** Saves the name (trimmed); Herald's refusal shows in the dialog, worded by `notDone`. */
  onSubmit: (name: string) => Promise<Result<T>>
  notDone: (reason: string) => string
  /** After a save: the dialog closes, then this runs with Herald's answer. */
  onSaved?: (value: T) => void
  onClose: () => void
  className?: string
  /** Leaves the name as it is and shows `children` only (a default workspace keeps its name). */
  nameFixed?: ReactNode
  /** More fields under the name (a workspace's colour). */
  children?: ReactNode
}

/**
 * A name for something new, or a new name for something: a workspace, a WhatsApp number, a Dashboard layout.
 * What is wrong with the name shows once the user has typed or tried to save; a refusal from Herald shows
 * under the field and the dialog stays open.
 */
export function NameDialog<T>(props: NameDialogProps<T>): ReactElement {
  const t = useT()
  const formId = useId()
  const [name, setName] = useState(props.initial)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const problem = props.nameFixed ? null : props.problem(name)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setTried(true)
    if (problem) return
    setBusy(true)
    setFailure(null)
    const result = await props.onSubmit(props.nameFixed ? props.initial : name.trim())
    setBusy(false)
    if (!result.ok) return setFailure(result.error.message)
    props.onClose()
    props.onSaved?.(result.value)
  }

  return (
    <Modal
      open
      title={props.title}
      className={props.className}
      busy={busy}
      onClose={props.onClose}
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose} disabled={busy}>
            {t('app.common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? t('app.common.working') : props.submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} className="name-dialog" noValidate onSubmit={(event) => void submit(event)}>
        {props.intro ? <p>{props.intro}</p> : null}
        {props.nameFixed ?? (
          <Field
            label={props.label}
            help={props.help}
            error={tried || name !== props.initial ? problem : null}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={name}
                autoFocus
                maxLength={props.maxLength === undefined ? undefined : props.maxLength + 10}
                placeholder={props.placeholder}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
        )}
        {props.children}
        {failure ? (
          <p className="dialog__error" role="alert">
            {props.notDone(failure)}
          </p>
        ) : null}
      </form>
    </Modal>
  )
}
