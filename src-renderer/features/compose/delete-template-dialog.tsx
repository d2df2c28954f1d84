import type { ReactElement } from 'react'
import type { Template } from '../../../src-shared/domain/campaigns'
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
  const deleteTemplate = useStore((state) => state.deleteTemplate)
  return (
    <DeleteDialog
      item={template}
      title={template ? `Delete “${template.name}”?` : 'Delete message?'}
      confirmLabel="Delete message"
      onDelete={(shown) => deleteTemplate(shown.id)}
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>
        The message and its {template?.variants.length === 1 ? 'wording' : 'variants'} are removed from
        Herald. Campaigns that already sent it keep a copy of every message they sent.
      </p>
    </DeleteDialog>
  )
}
