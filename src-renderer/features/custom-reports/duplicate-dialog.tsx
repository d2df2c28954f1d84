import { useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import type { SavedReport } from '../../../src-shared/domain/custom-reports'
import { api } from '../../lib/api'
import { Field } from '../../ui/field'
import { Modal } from '../../ui/modal'

type DuplicateDialogProps = { report: SavedReport | null; onClose: () => void; onCopied: () => void }

function CopyForm(props: { report: SavedReport; onClose: () => void; onCopied: () => void }): ReactElement {
  const [name, setName] = useState(`${props.report.name} (copy)`.slice(0, 100))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const copy = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault()
    if (name.trim() === '') return setError('Give the copy a name.')
    setBusy(true)
    const result = await api.invoke('customReports:duplicate', {
      name: props.report.name,
      newName: name.trim(),
    })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    props.onCopied()
    props.onClose()
  }
  return (
    <Modal
      open
      title={`Duplicate “${props.report.name}”`}
      onClose={props.onClose}
      busy={busy}
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose} disabled={busy}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void copy()}
            disabled={busy}
          >
            {busy ? 'Copying…' : 'Make the copy'}
          </button>
        </>
      }
    >
      <form onSubmit={(event) => void copy(event)} noValidate>
        <p className="duplicate-dialog__intro">
          The copy starts with the same choices; change it without touching this one.
        </p>
        <Field label="Name of the copy" error={error}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={100}
              autoFocus
              onChange={(event) => {
                setName(event.target.value)
                setError(null)
              }}
            />
          )}
        </Field>
      </form>
    </Modal>
  )
}

/** Asks the copy's name (the report's own, with "(copy)"), then makes it; a name already taken is said. */
export function DuplicateDialog({ report, onClose, onCopied }: DuplicateDialogProps): ReactElement | null {
  return report ? <CopyForm key={report.name} report={report} onClose={onClose} onCopied={onCopied} /> : null
}
