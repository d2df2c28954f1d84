import type { ReactElement } from 'react'
import { maxLayoutName } from '../../../src-shared/domain/dashboard-layout'
import type { DashboardLayout, DashboardLayouts } from '../../../src-shared/domain/dashboard-layout'
import type { Result } from '../../../src-shared/ipc/result'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { DeleteDialog } from '../../ui/delete-dialog'
import { NameDialog } from '../../ui/name-dialog'
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
  return (
    <NameDialog
      title={
        editing
          ? t('dashboard.layoutDialog.renameTitle', { name: editing.name })
          : t('dashboard.layoutDialog.newTitle')
      }
      intro={editing ? undefined : t('dashboard.layoutDialog.intro')}
      initial={editing?.name ?? ''}
      label={t('dashboard.layoutDialog.nameLabel')}
      help={t('dashboard.layoutDialog.nameHelp', { max: maxLayoutName })}
      placeholder={t('dashboard.layoutDialog.namePlaceholder')}
      maxLength={maxLayoutName}
      problem={(name) => layoutNameError(t, name, layouts, editing?.id)}
      submitLabel={t(editing ? 'dashboard.layoutDialog.rename' : 'dashboard.layoutDialog.save')}
      onSubmit={onSave}
      notDone={(error) =>
        t(editing ? 'dashboard.layoutDialog.notRenamed' : 'dashboard.layoutDialog.notSaved', { error })
      }
      onClose={onClose}
    />
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
