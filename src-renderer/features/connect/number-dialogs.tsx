import { useId, useState } from 'react'
import type { FormEvent, ReactElement, ReactNode } from 'react'
import { FormattedMessage } from 'react-intl'
import type { Account, AccountView } from '../../../src-shared/domain/accounts'
import { maxAccountName } from '../../../src-shared/domain/accounts'
import type { Result } from '../../../src-shared/ipc/result'
import { useT } from '../../i18n/use-t'
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
  const t = useT()
  const formId = useId()
  const [name, setName] = useState(editing?.name ?? '')
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const error = numberNameError(t, name, numbers, editing?.id)

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
      title={
        editing ? t('connect.numberDialog.renameTitle', { name: editing.name }) : t('connect.add.button')
      }
      busy={busy}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('app.common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy
              ? t('app.common.working')
              : editing
                ? t('app.common.save')
                : t('connect.numberDialog.addAndShow')}
          </button>
        </>
      }
    >
      <form id={formId} className="number-dialog" noValidate onSubmit={(event) => void submit(event)}>
        {editing ? null : <p>{t('connect.numberDialog.explain')}</p>}
        <Field
          label={t('app.workspace.name')}
          help={t('connect.numberDialog.nameHelp', { max: maxAccountName })}
          error={tried || name !== (editing?.name ?? '') ? error : null}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              autoFocus
              maxLength={maxAccountName + 10}
              placeholder={t('connect.numberDialog.namePlaceholder')}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        {failure ? (
          <p className="dialog__error" role="alert">
            {editing
              ? t('connect.numberDialog.notRenamed', { reason: failure })
              : t('connect.numberDialog.notAdded', { reason: failure })}
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
  const t = useT()
  const strong = (chunks: ReactNode[]): ReactElement => <strong>{chunks}</strong>
  return (
    <DeleteDialog
      item={number}
      title={number ? t('connect.remove.titleNamed', { name: number.name }) : t('connect.remove.title')}
      confirmLabel={t('connect.remove.confirm')}
      notDone={t('connect.remove.notDone')}
      onDelete={(n) => api.invoke('accounts:remove', { accountId: n.id })}
      onClose={onClose}
    >
      <p>
        <FormattedMessage id="connect.remove.login" values={{ strong }} />
      </p>
      <p>
        <FormattedMessage id="connect.remove.history" values={{ strong }} />
      </p>
    </DeleteDialog>
  )
}
