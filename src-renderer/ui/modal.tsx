import { useEffect, useId, useRef } from 'react'
import type { ReactElement, ReactNode } from 'react'

type ModalProps = {
  open: boolean
  title: string
  className?: string
  children: ReactNode
  actions: ReactNode
  /** Escape closes it, unless something is in progress. */
  onClose: () => void
  busy?: boolean
}

/** A modal window inside the app (the native <dialog>: focus trapped, Escape closes). */
export function Modal({
  open,
  title,
  className,
  children,
  actions,
  onClose,
  busy,
}: ModalProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const bodyId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) onClose()
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  )
}
