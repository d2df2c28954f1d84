import { useState } from 'react'
import type { ReactElement } from 'react'
import type { Template } from '../../../src-shared/domain/campaigns'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'

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
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const close = (): void => {
    setError(null)
    onClose()
  }
  const confirm = async (): Promise<void> => {
    if (!template) return
    setBusy(true)
    const result = await deleteTemplate(template.id)
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    close()
    onDeleted()
  }

  return (
    <ConfirmDialog
      open={template !== null}
      title={template ? `Delete “${template.name}”?` : 'Delete message?'}
      confirmLabel="Delete message"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>
        The message and its {template?.variants.length === 1 ? 'wording' : 'variants'} are removed from
        Herald. Campaigns that already sent it keep a copy of every message they sent.
      </p>
      {error ? (
        <p className="dialog__error" role="alert">
          Not deleted: {error}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
