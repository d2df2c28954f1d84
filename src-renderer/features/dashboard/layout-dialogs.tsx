import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import { maxLayoutName } from '../../../src-shared/domain/dashboard-layout'
import type { DashboardLayout, DashboardLayouts } from '../../../src-shared/domain/dashboard-layout'
import type { Result } from '../../../src-shared/ipc/result'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { DeleteDialog } from '../../ui/delete-dialog'
import { Field } from '../../ui/field'
import { Modal } from '../../ui/modal'
import { useT } from '../../i18n/use-t'
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
  const t = useT()
  const formId = useId()
  const [name, setName] = useState(editing?.name ?? '')
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const error = layoutNameError(t, name, layouts, editing?.id)

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
      title={
        editing
          ? t('dashboard.layoutDialog.renameTitle', { name: editing.name })
          : t('dashboard.layoutDialog.newTitle')
      }
      busy={busy}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('dashboard.layoutDialog.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {t(
              busy
                ? 'dashboard.layoutDialog.saving'
                : editing
                  ? 'dashboard.layoutDialog.rename'
                  : 'dashboard.layoutDialog.save',
            )}
          </button>
        </>
      }
    >
      <form id={formId} className="layout-dialog" noValidate onSubmit={(event) => void submit(event)}>
        {editing ? null : <p>{t('dashboard.layoutDialog.intro')}</p>}
        <Field
          label={t('dashboard.layoutDialog.nameLabel')}
          help={t('dashboard.layoutDialog.nameHelp', { max: maxLayoutName })}
          error={tried || name !== (editing?.name ?? '') ? error : null}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              autoFocus
              maxLength={maxLayoutName + 10}
              placeholder={t('dashboard.layoutDialog.namePlaceholder')}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        {failure ? (
          <p className="dialog__error" role="alert">
            {t(editing ? 'dashboard.layoutDialog.notRenamed' : 'dashboard.layoutDialog.notSaved', {
              error: failure,
            })}
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
  const t = useT()
  return (
    <DeleteDialog
      item={layout}
      title={
        layout
          ? t('dashboard.deleteLayout.title', { name: layout.name })
          : t('dashboard.deleteLayout.titleAny')
      }
      confirmLabel={t('dashboard.deleteLayout.confirm')}
      onDelete={(l) => onDelete(l.id)}
      onClose={onClose}
    >
      <p>{t('dashboard.deleteLayout.text')}</p>
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
  const t = useT()
  return (
    <ConfirmDialog
      open={layout !== null}
      title={
        layout ? t('dashboard.resetLayout.title', { name: layout.name }) : t('dashboard.resetLayout.titleAny')
      }
      confirmLabel={t('dashboard.resetLayout.confirm')}
      onConfirm={() => {
        onReset()
        onClose()
      }}
      onCancel={onClose}
    >
      <p>{t('dashboard.resetLayout.text')}</p>
    </ConfirmDialog>
  )
}
