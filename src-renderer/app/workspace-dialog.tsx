import { useId, useState } from 'react'
import type { ReactElement } from 'react'
import { maxWorkspaceNameLength, workspaceColours } from '../../src-shared/domain/workspaces'
import type { WorkspaceColour, WorkspaceSummary } from '../../src-shared/domain/workspaces'
import { useT } from '../i18n/use-t'
import { api } from '../lib/api'
import { NameDialog } from '../ui/name-dialog'
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
 * its name, so only its colour changes.
 */
export function WorkspaceDialog({
  editing,
  workspaces,
  onClose,
  onAdded,
}: WorkspaceDialogProps): ReactElement {
  const t = useT()
  const [colour, setColour] = useState<WorkspaceColour>(editing?.colour ?? freeColour(workspaces, ''))
  const fixedName = editing?.isDefault === true
  const title = !editing
    ? t('app.workspace.new')
    : fixedName
      ? t('app.workspace.defaultColour')
      : t('app.workspace.rename')
  return (
    <NameDialog
      title={title}
      className="ws-dialog"
      intro={editing ? undefined : t('app.workspace.explain')}
      initial={editing?.name ?? ''}
      label={t('app.workspace.name')}
      help={t('app.workspace.nameHelp', { max: maxWorkspaceNameLength })}
      placeholder={t('app.workspace.namePlaceholder')}
      problem={(name) => workspaceNameError(t, name, workspaces, editing?.name)}
      nameFixed={fixedName ? <p>{t('app.workspace.defaultKeepsName')}</p> : undefined}
      submitLabel={editing ? t('app.common.save') : t('app.workspace.createAndSwitch')}
      onSubmit={(name) =>
        editing
          ? api.invoke('workspaces:rename', { name: editing.name, to: name, colour })
          : api.invoke('workspaces:add', { name, colour })
      }
      notDone={(reason) =>
        editing ? t('app.workspace.notSaved', { reason }) : t('app.workspace.notCreated', { reason })
      }
      onSaved={(workspace) => {
        if (!editing) onAdded(workspace.name)
      }}
      onClose={onClose}
    >
      <ColourPicker value={colour} onChange={setColour} />
    </NameDialog>
  )
}
