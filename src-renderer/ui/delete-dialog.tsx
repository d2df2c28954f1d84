import { useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import type { Result } from '../../src-shared/ipc/result'
import { useT } from '../i18n/use-t'
import { ConfirmDialog } from './confirm-dialog'

type DeleteDialogProps<T> = {
  /** What to ask about; null keeps the dialog closed. */
  item: T | null
  title: string
  confirmLabel: string
  /** Does the deleting; the dialog closes when it succeeds and says why when it does not. */
  onDelete: (item: T) => Promise<Result<unknown>>
  onClose: () => void
  /** After a delete that went through, once the dialog is closed. */
  onDeleted?: () => void
  /** How a refusal starts: "Not deleted: the campaign is sending." */
  notDone?: string
  /** What goes, and what stays. */
  children: ReactNode
}

/** Asks before something is removed for good, and keeps the question open with the reason if it fails. */
export function DeleteDialog<T>(props: DeleteDialogProps<T>): ReactElement {
  const t = useT()
  const { item, title, confirmLabel, onDelete, onClose, onDeleted, children } = props
  const notDone = props.notDone ?? t('ui.delete.notDone')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const close = (): void => {
    setError(null)
    onClose()
  }
  const confirm = async (): Promise<void> => {
    if (item === null) return
    setBusy(true)
    const result = await onDelete(item)
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    close()
    onDeleted?.()
  }
  return (
    <ConfirmDialog
      open={item !== null}
      title={title}
      confirmLabel={confirmLabel}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      {children}
      {error ? (
        <p className="dialog__error" role="alert">
          {t('ui.delete.failed', { notDone, reason: error })}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
