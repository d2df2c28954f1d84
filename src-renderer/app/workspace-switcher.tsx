import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent, ReactElement } from 'react'
import { useIntl } from 'react-intl'
import type { WorkspaceSummary } from '../../src-shared/domain/workspaces'
import { useT } from '../i18n/use-t'
import { useQuery } from '../lib/query'
import { ConfirmDialog } from '../ui/confirm-dialog'
import { CheckIcon } from '../ui/icons'
import { Modal } from '../ui/modal'
import { useWorkspaceSwitch } from './use-workspace-switch'
import type { WorkspaceSwitch } from './use-workspace-switch'
import { WorkspaceDialog } from './workspace-dialog'
import { backgroundSending, keepsSending } from './workspace-words'
import './workspace-switcher.css'

type Editing = { workspace?: WorkspaceSummary } | null

// A name of spaces only has no initial to show
const noInitial = '?'

/** The workspace's colour with its initial: how the switcher tells workspaces apart at a glance. */
function WorkspaceMark({
  workspace,
}: {
  workspace: Pick<WorkspaceSummary, 'name' | 'colour'>
}): ReactElement {
  return (
    <span className={`ws-mark ws-colour--${workspace.colour}`} aria-hidden="true">
      {[...workspace.name.trim()][0]?.toUpperCase() ?? noInitial}
    </span>
  )
}

/** The menu's items get the focus with the arrow keys, as a menu's do. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]')]
  const at = items.indexOf(document.activeElement as HTMLButtonElement)
  const step = { ArrowDown: 1, ArrowUp: -1 }[event.key]
  if (step !== undefined) {
    event.preventDefault()
    items[(at + step + items.length) % items.length]?.focus()
  } else if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault()
    items[event.key === 'Home' ? 0 : items.length - 1]?.focus()
  }
}

type MenuProps = {
  id: string
  workspaces: WorkspaceSummary[]
  onChoose: (name: string) => void
  onNew: () => void
  onEdit: (workspace: WorkspaceSummary) => void
}

function WorkspaceMenu({ id, workspaces, onChoose, onNew, onEdit }: MenuProps): ReactElement {
  const t = useT()
  const intl = useIntl()
  const current = workspaces.find((w) => w.current)
  return (
    <div id={id} role="menu" aria-label={t('app.workspace.menu')} className="ws-menu" onKeyDown={moveFocus}>
      {workspaces.map((workspace) => (
        <button
          key={workspace.name}
          type="button"
          role="menuitemradio"
          aria-checked={workspace.current}
          className="ws-menu__item"
          onClick={() => onChoose(workspace.name)}
        >
          <WorkspaceMark workspace={workspace} />
          <span className="ws-menu__text">
            <span className="ws-menu__name">
              <bdi>{workspace.name}</bdi>
            </span>
            {!workspace.current && workspace.sending.length > 0 ? (
              <span className="ws-menu__note">
                {t('app.workspace.sendingList', {
                  campaigns: intl.formatList(workspace.sending, { type: 'unit' }),
                })}
              </span>
            ) : null}
          </span>
          {workspace.current ? <CheckIcon className="ws-menu__check" /> : null}
        </button>
      ))}
      <div role="separator" className="ws-menu__separator" />
      <button type="button" role="menuitem" className="ws-menu__action" onClick={onNew}>
        {t('app.workspace.newMenu')}
      </button>
      {current ? (
        <button type="button" role="menuitem" className="ws-menu__action" onClick={() => onEdit(current)}>
          {current.isDefault
            ? t('app.workspace.changeColourMenu')
            : t('app.workspace.renameMenu', { name: current.name })}
        </button>
      ) : null}
    </div>
  )
}

/** The question before leaving a workspace that is sending, or a screen with unsaved work; or why not. */
function SwitchDialogs({ switching }: { switching: WorkspaceSwitch }): ReactElement {
  const t = useT()
  const { question, busy, error } = switching
  return (
    <>
      <ConfirmDialog
        open={question !== null}
        title={t('app.switch.title', { name: question?.target ?? '' })}
        confirmLabel={t('app.switch.confirm')}
        cancelLabel={t('app.switch.stay')}
        busy={busy}
        onConfirm={switching.confirm}
        onCancel={switching.dismiss}
      >
        {question && question.sending.length > 0 ? (
          <p>
            {t('app.switch.keepsGoing', {
              keeps: keepsSending(t, question.sending, question.from),
              goesOn: t('app.switch.goesOn', { name: question.target }),
            })}
          </p>
        ) : null}
        {question?.unsaved ? <p>{t('app.switch.unsaved', { what: question.unsaved })}</p> : null}
        {error ? (
          <p className="dialog__error" role="alert">
            {t('app.switch.notSwitched', { reason: error })}
          </p>
        ) : null}
      </ConfirmDialog>
      <Modal
        open={question === null && error !== null}
        title={t('app.switch.failedTitle')}
        onClose={switching.dismiss}
        actions={
          <button type="button" className="button button--primary" onClick={switching.dismiss} autoFocus>
            {t('app.common.ok')}
          </button>
        }
      >
        <p role="alert">{error}</p>
      </Modal>
    </>
  )
}

/**
 * The workspace the window shows, with its colour, on every screen: a menu switches to another one, makes a
 * new one or renames this one, and it says when another workspace is sending in the background.
 */
export function WorkspaceSwitcher(): ReactElement | null {
  const menuId = useId()
  const [open, setOpen] = useState(false)
  const [editing, setEditing] = useState<Editing>(null)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const t = useT()
  const switching = useWorkspaceSwitch()
  const { data: workspaces } = useQuery('workspaces:list', {}, { invalidateOn: ['workspaces:changed'] })

  useEffect(() => {
    if (!open) return
    root.current?.querySelector<HTMLButtonElement>('[aria-checked="true"]')?.focus()
    const away = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open])

  // A context served on its own (no switcher) answers no list: nothing to show then.
  if (!workspaces) return null
  const current = workspaces.find((w) => w.current)
  const background = backgroundSending(t, workspaces)
  const close = (): void => {
    setOpen(false)
    button.current?.focus()
  }
  const act = (then: () => void): void => {
    setOpen(false)
    then()
  }
  return (
    <>
      <div
        ref={root}
        className="ws-switcher"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) close()
        }}
        onBlur={(event) => {
          if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
        }}
      >
        <button
          ref={button}
          type="button"
          className="ws-switcher__button"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          onClick={() => setOpen(!open)}
        >
          {current ? <WorkspaceMark workspace={current} /> : null}
          <span className="ws-switcher__text">
            <span className="ws-switcher__label">{t('app.workspace.label')}</span>
            <span className="ws-switcher__name">
              <bdi>{current?.name}</bdi>
            </span>
          </span>
          <svg className="ws-switcher__chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="m6 8 4 4 4-4" />
          </svg>
        </button>
        {open ? (
          <WorkspaceMenu
            id={menuId}
            workspaces={workspaces}
            onChoose={(name) => act(() => void switching.choose(name))}
            onNew={() => act(() => setEditing({}))}
            onEdit={(workspace) => act(() => setEditing({ workspace }))}
          />
        ) : null}
        {background ? (
          <p className="ws-switcher__background" role="status">
            <span className="ws-switcher__pulse" aria-hidden="true" />
            {background}
          </p>
        ) : null}
      </div>
      {editing ? (
        <WorkspaceDialog
          editing={editing.workspace}
          workspaces={workspaces}
          onClose={() => setEditing(null)}
          onAdded={(name) => void switching.choose(name)}
        />
      ) : null}
      <SwitchDialogs switching={switching} />
    </>
  )
}
