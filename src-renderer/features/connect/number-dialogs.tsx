import type { ReactElement, ReactNode } from 'react'
import { FormattedMessage } from 'react-intl'
import type { Account, AccountView } from '../../../src-shared/domain/accounts'
import { maxAccountName } from '../../../src-shared/domain/accounts'
import type { Result } from '../../../src-shared/ipc/result'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { DeleteDialog } from '../../ui/delete-dialog'
import { NameDialog } from '../../ui/name-dialog'
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
  return (
    <NameDialog
      title={
        editing ? t('connect.numberDialog.renameTitle', { name: editing.name }) : t('connect.add.button')
      }
      intro={editing ? undefined : t('connect.numberDialog.explain')}
      initial={editing?.name ?? ''}
      label={t('app.workspace.name')}
      help={t('connect.numberDialog.nameHelp', { max: maxAccountName })}
      placeholder={t('connect.numberDialog.namePlaceholder')}
      maxLength={maxAccountName}
      problem={(name) => numberNameError(t, name, numbers, editing?.id)}
      submitLabel={editing ? t('app.common.save') : t('connect.numberDialog.addAndShow')}
      onSubmit={(name) =>
        editing ? api.invoke('accounts:rename', { accountId: editing.id, name }) : addNumber(name)
      }
      notDone={(reason) =>
        editing
          ? t('connect.numberDialog.notRenamed', { reason })
          : t('connect.numberDialog.notAdded', { reason })
      }
      onClose={onClose}
    />
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
