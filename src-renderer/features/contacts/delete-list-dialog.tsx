import type { ReactElement } from 'react'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { DeleteDialog } from '../../ui/delete-dialog'

type DeleteListDialogProps = {
  /** The list to ask about; null keeps the dialog closed. */
  list: ContactList | null
  onClose: () => void
  onDeleted?: () => void
}

export function DeleteListDialog({ list, onClose, onDeleted }: DeleteListDialogProps): ReactElement {
  const t = useT()
  const deleteList = useStore((state) => state.deleteList)
  return (
    <DeleteDialog
      item={list}
      title={
        list ? t('contacts.deleteList.title', { name: list.name }) : t('contacts.deleteList.titleFallback')
      }
      confirmLabel={t('contacts.deleteList.confirm')}
      notDone={t('contacts.deleteList.notDone')}
      onDelete={(shown) => deleteList(shown.id)}
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>{t('contacts.deleteList.body', { count: list?.counts.total ?? 0 })}</p>
    </DeleteDialog>
  )
}
