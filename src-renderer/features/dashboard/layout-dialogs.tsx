import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import { maxLayoutName } from '../../../src-shared/domain/dashboard-layout'
import type { DashboardLayout, DashboardLayouts } from '../../../src-shared/domain/dashboard-layout'
import type { Result } from '../../../src-shared/ipc/result'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { DeleteDialog } from '../../ui/delete-dialog'
import { Field } from '../../ui/field'
import { Modal } from '../../ui/modal'
import { layoutNameError } from './layout-names'

type NameDialogProps = {
  /** The layout to rename; absent to save the widgets as a new layout. */
  editing?: Pick<DashboardLayout, 'id' | 'name'>
  layouts: readonly Pick<DashboardLayout, 'id' | 'name'>[]
  onSave: (name: string) => Promise<Result<DashboardLayouts>>
  onClose: () => void
}

/** "Save as new layout" or "Rename": a name to tell the layouts apart. */
export function LayoutNameDialog({ editing, layouts, onSave, onClose }: NameDialogProps): ReactElement {
  const formId = useId()
  const [name, setName] = useState(editing?.name ?? '')
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const error = layoutNameError(name, layouts, editing?.id)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setTried(true)
    if (error) return
    setBusy(true)
    setFailure(null)
    const result = await onSave(name.trim())
    setBusy(false)
    if (!result.ok) return setFailure(result.error.message)
    onClose()
  }

  return (
    <Modal
      open
      title={editing ? `Rename “${editing.name}”` : 'Save as a new layout'}
      busy={busy}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : editing ? 'Rename' : 'Save layout'}
          </button>
        </>
      }
    >
      <form id={formId} className="layout-dialog" noValidate onSubmit={(event) => void submit(event)}>
        {editing ? null : (
          <p>
            The widgets as they are now, under a name of their own. Switch between layouts with the Layout
            list above the dashboard.
          </p>
        )}
        <Field
          label="Layout name"
          help={`For example “Owner” or “Team”. Up to ${maxLayoutName} characters.`}
          error={tried || name !== (editing?.name ?? '') ? error : null}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              autoFocus
              maxLength={maxLayoutName + 10}
              placeholder="Team"
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        {failure ? (
          <p className="dialog__error" role="alert">
            {editing ? 'Not renamed' : 'Not saved'}: {failure}
          </p>
        ) : null}
      </form>
    </Modal>
  )
}

type DeleteLayoutProps = {
  layout: Pick<DashboardLayout, 'id' | 'name'> | null
  onDelete: (layoutId: number) => Promise<Result<DashboardLayouts>>
  onClose: () => void
}

/** Deleting a layout: the widgets' figures are not touched, only this way of arranging them. */
export function DeleteLayoutDialog({ layout, onDelete, onClose }: DeleteLayoutProps): ReactElement {
  return (
    <DeleteDialog
      item={layout}
      title={layout ? `Delete the layout “${layout.name}”?` : 'Delete this layout?'}
      confirmLabel="Delete layout"
      onDelete={(l) => onDelete(l.id)}
      onClose={onClose}
    >
      <p>Only this arrangement of the widgets goes; your figures stay. Your other layouts are kept.</p>
    </DeleteDialog>
  )
}

type ResetProps = {
  layout: Pick<DashboardLayout, 'name'> | null
  onReset: () => void
  onClose: () => void
}

/** Reset to default: every widget shown again, in the default order and widths. */
export function ResetLayoutDialog({ layout, onReset, onClose }: ResetProps): ReactElement {
  return (
    <ConfirmDialog
      open={layout !== null}
      title={layout ? `Reset “${layout.name}” to the default?` : 'Reset to the default?'}
      confirmLabel="Reset layout"
      onConfirm={() => {
        onReset()
        onClose()
      }}
      onCancel={onClose}
    >
      <p>Every widget is shown again, in the default order and widths. Your other layouts are not changed.</p>
    </ConfirmDialog>
  )
}
