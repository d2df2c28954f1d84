import type { ReactElement } from 'react'
import type { Template } from '../../../src-shared/domain/campaigns'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { DeleteDialog } from '../../ui/delete-dialog'

type DeleteTemplateDialogProps = {
  /** The message to ask about; null keeps the dialog closed. */
  template: Template | null
  onClose: () => void
  onDeleted: () => void
}

export function DeleteTemplateDialog({
  template,
  onClose,
  onDeleted,
}: DeleteTemplateDialogProps): ReactElement {
  const t = useT()
  const deleteTemplate = useStore((state) => state.deleteTemplate)
  return (
    <DeleteDialog
      item={template}
      title={template ? t('compose.delete.title', { name: template.name }) : t('compose.delete.titleNoName')}
      confirmLabel={t('compose.delete.confirm')}
      onDelete={(shown) => deleteTemplate(shown.id)}
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>{t('compose.delete.body', { variants: template?.variants.length ?? 0 })}</p>
    </DeleteDialog>
  )
}
