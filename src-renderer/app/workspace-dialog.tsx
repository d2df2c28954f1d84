import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import { maxWorkspaceNameLength, workspaceColours } from '../../src-shared/domain/workspaces'
import type { WorkspaceColour, WorkspaceSummary } from '../../src-shared/domain/workspaces'
import { useT } from '../i18n/use-t'
import { api } from '../lib/api'
import { Field } from '../ui/field'
import { Modal } from '../ui/modal'
import { colourName, freeColour, workspaceNameError } from './workspace-words'

type WorkspaceDialogProps = {
  /** The workspace to rename or recolour; absent for a new one. */
  editing?: WorkspaceSummary
  workspaces: readonly WorkspaceSummary[]
  onClose: () => void
  /** After a new workspace was added: its name, to switch to it. */
  onAdded: (name: string) => void
}

function ColourPicker(props: {
  value: WorkspaceColour
  onChange: (colour: WorkspaceColour) => void
}): ReactElement {
  const t = useT()
  const name = useId()
  return (
    <fieldset className="ws-colours">
      <legend className="form-legend">{t('app.workspace.colourLegend')}</legend>
      <div className="ws-colours__options">
        {workspaceColours.map((colour) => (
          <label key={colour} className={`ws-swatch ws-colour--${colour}`} title={colourName(t, colour)}>
            <input
              type="radio"
              name={name}
              value={colour}
              checked={props.value === colour}
              aria-label={colourName(t, colour)}
              onChange={() => props.onChange(colour)}
            />
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * A new workspace (a name and a colour), or a new name and colour for one; the default workspace keeps
 * its name, so only its colour changes. What is wrong with a name shows once the user has typed or tried.
 */
export function WorkspaceDialog({
  editing,
  workspaces,
  onClose,
  onAdded,
}: WorkspaceDialogProps): ReactElement {
  const t = useT()
  const formId = useId()
  const [name, setName] = useState(editing?.name ?? '')
  const [colour, setColour] = useState<WorkspaceColour>(editing?.colour ?? freeColour(workspaces, ''))
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const fixedName = editing?.isDefault === true
  const nameError = fixedName ? null : workspaceNameError(t, name, workspaces, editing?.name)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setTried(true)
    if (nameError) return
    setBusy(true)
    setFailure(null)
    const result = editing
      ? await api.invoke('workspaces:rename', {
          name: editing.name,
          to: fixedName ? editing.name : name,
          colour,
        })
      : await api.invoke('workspaces:add', { name, colour })
    setBusy(false)
    if (!result.ok) return setFailure(result.error.message)
    onClose()
    if (!editing) onAdded(result.value.name)
  }

  const title = !editing
    ? t('app.workspace.new')
    : fixedName
      ? t('app.workspace.defaultColour')
      : t('app.workspace.rename')
  return (
    <Modal
      open
      title={title}
      className="ws-dialog"
      busy={busy}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('app.common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy
              ? t('app.common.working')
              : editing
                ? t('app.common.save')
                : t('app.workspace.createAndSwitch')}
          </button>
        </>
      }
    >
      <form id={formId} className="ws-dialog__form" noValidate onSubmit={(event) => void submit(event)}>
        {editing ? null : <p>{t('app.workspace.explain')}</p>}
        {fixedName ? (
          <p>{t('app.workspace.defaultKeepsName')}</p>
        ) : (
          <Field
            label={t('app.workspace.name')}
            help={t('app.workspace.nameHelp', { max: maxWorkspaceNameLength })}
            error={tried || name !== (editing?.name ?? '') ? nameError : null}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={name}
                autoFocus
                placeholder={t('app.workspace.namePlaceholder')}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
        )}
        <ColourPicker value={colour} onChange={setColour} />
        {failure ? (
          <p className="dialog__error" role="alert">
            {editing
              ? t('app.workspace.notSaved', { reason: failure })
              : t('app.workspace.notCreated', { reason: failure })}
          </p>
        ) : null}
      </form>
    </Modal>
  )
}
