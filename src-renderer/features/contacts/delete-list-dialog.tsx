import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { plural } from './format'

type DeleteListDialogProps = {
  /** The list to ask about; null keeps the dialog closed. */
  list: ContactList | null
  onClose: () => void
  onDeleted?: () => void
}

export function DeleteListDialog({ list, onClose, onDeleted }: DeleteListDialogProps): ReactElement {
  const deleteList = useStore((state) => state.deleteList)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const close = (): void => {
    setError(null)
    onClose()
  }
  const confirm = async (): Promise<void> => {
    if (!list) return
    setBusy(true)
    const result = await deleteList(list.id)
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    close()
    onDeleted?.()
  }

  return (
    <ConfirmDialog
      open={list !== null}
      title={list ? `Delete “${list.name}”?` : 'Delete list?'}
      confirmLabel="Delete list"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>
        The list and its {plural(list?.counts.total ?? 0, 'contact', 'contacts')} are removed from Herald.
        Your spreadsheet file is not changed, so you can import it again later.
      </p>
      {error ? (
        <p className="dialog__error" role="alert">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
