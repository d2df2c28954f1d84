import type { ReactElement } from 'react'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { DeleteDialog } from '../../ui/delete-dialog'

type DeleteListDialogProps = {
  /** The list to ask about; null keeps the dialog closed. */
  list: ContactList | null
  onClose: () => void
  onDeleted?: () => void
}

export function DeleteListDialog({ list, onClose, onDeleted }: DeleteListDialogProps): ReactElement {
  const deleteList = useStore((state) => state.deleteList)
  return (
    <DeleteDialog
      item={list}
      title={list ? `Delete “${list.name}”?` : 'Delete list?'}
      confirmLabel="Delete list"
      onDelete={(shown) => deleteList(shown.id)}
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>
        The list and its {plural(list?.counts.total ?? 0, 'contact', 'contacts')} are removed from Herald.
        Your spreadsheet file is not changed, so you can import it again later.
      </p>
    </DeleteDialog>
  )
}
