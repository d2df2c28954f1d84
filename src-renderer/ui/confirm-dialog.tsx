import type { ReactElement, ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { Modal } from './modal'

type ConfirmDialogProps = {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** "Cancel" unless the question needs other words ("Stay"). */
  cancelLabel?: string
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** A modal question inside the app window: Cancel (focused first, so Enter never confirms by surprise) or go. */
export function ConfirmDialog(props: ConfirmDialogProps): ReactElement {
  const t = useT()
  const { open, title, children, confirmLabel, cancelLabel, busy, onConfirm, onCancel } = props
  return (
    <Modal
      open={open}
      title={title}
      busy={busy}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy} autoFocus>
            {cancelLabel ?? t('ui.dialog.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
            {busy ? t('ui.dialog.working') : confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Modal>
  )
}
