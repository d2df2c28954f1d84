import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import type { Account, AccountView } from '../../../src-shared/domain/accounts'
import { maxAccountName } from '../../../src-shared/domain/accounts'
import type { Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import { DeleteDialog } from '../../ui/delete-dialog'
import { Field } from '../../ui/field'
import { Modal } from '../../ui/modal'
import { numberNameError } from './numbers-view'
import { showAnswer } from './use-connect-actions'

/** Adds a number and starts linking it: its QR code arrives as 'accounts:state' under its new card. */
async function addNumber(name: string): Promise<Result<Account>> {
  const added = await api.invoke('accounts:add', { name })
  if (!added.ok) return added
  const accountId = added.value.id
  // Not awaited: starting a browser takes a while, and the card shows each step as it comes
  void api.invoke('accounts:connect', { accountId }).then((started) => {
    if (started.ok) showAnswer(accountId, started.value)
  })
  return added
}

type NameDialogProps = {
  /** The number to rename; absent for a new one. */
  editing?: Pick<AccountView, 'id' | 'name'>
  numbers: readonly Pick<AccountView, 'id' | 'name'>[]
  onClose: () => void
}

/** "Add a number" (a name, then its QR code) or "Rename": a name to tell the numbers apart. */
export function NumberNameDialog({ editing, numbers, onClose }: NameDialogProps): ReactElement {
  const formId = useId()
  const [name, setName] = useState(editing?.name ?? '')
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const error = numberNameError(name, numbers, editing?.id)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setTried(true)
    if (error) return
    setBusy(true)
    setFailure(null)
    const result = editing
      ? await api.invoke('accounts:rename', { accountId: editing.id, name: name.trim() })
      : await addNumber(name.trim())
    setBusy(false)
    if (!result.ok) return setFailure(result.error.message)
    onClose()
  }

  return (
    <Modal
      open
      title={editing ? `Rename “${editing.name}”` : 'Add a number'}
      busy={busy}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? 'Working…' : editing ? 'Save' : 'Add and show the QR code'}
          </button>
        </>
      }
    >
      <form id={formId} className="number-dialog" noValidate onSubmit={(event) => void submit(event)}>
        {editing ? null : (
          <p>
            Give the number a name, then link it with its phone: Herald shows a QR code to scan, as for your
            first number.
          </p>
        )}
        <Field
          label="Name"
          help={`Only you see it, to tell your numbers apart. Up to ${maxAccountName} characters.`}
          error={tried || name !== (editing?.name ?? '') ? error : null}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              autoFocus
              maxLength={maxAccountName + 10}
              placeholder="For example: Shop phone"
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        {failure ? (
          <p className="dialog__error" role="alert">
            {editing ? 'Not renamed' : 'Not added'}: {failure}
          </p>
        ) : null}
      </form>
    </Modal>
  )
}

type RemoveDialogProps = {
  number: Pick<AccountView, 'id' | 'name'> | null
  onClose: () => void
}

/** Removing a number deletes its login on this computer; what it sent stays in the history. */
export function RemoveNumberDialog({ number, onClose }: RemoveDialogProps): ReactElement {
  return (
    <DeleteDialog
      item={number}
      title={number ? `Remove “${number.name}”?` : 'Remove this number?'}
      confirmLabel="Remove number"
      notDone="Not removed"
      onDelete={(n) => api.invoke('accounts:remove', { accountId: n.id })}
      onClose={onClose}
    >
      <p>
        Herald closes its WhatsApp and <strong>deletes its login</strong> from this computer; when it is
        connected, Herald also leaves <strong>Linked devices</strong> on that phone.
      </p>
      <p>
        <strong>Its history stays:</strong> the messages it sent stay in History, on the Dashboard and in your
        reports, under its name. To send from it again, add it again and scan a new QR code.
      </p>
    </DeleteDialog>
  )
}
