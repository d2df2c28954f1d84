import {
  colourFromName,
  maxWorkspaceNameLength,
  sameWorkspaceName,
  workspaceColours,
} from '../../src-shared/domain/workspaces'
import type { WorkspaceColour, WorkspaceSummary } from '../../src-shared/domain/workspaces'
import type { Translate } from '../i18n/use-t'

/** A colour as the switcher's colour picker names it: "Blue". */
export function colourName(t: Translate, colour: WorkspaceColour): string {
  return t(`app.workspace.colour.${colour}`)
}

/**
 * What is wrong with `name` for a workspace, the main process's rules in the window's language; null when
 * it will do. `renaming`: the workspace being renamed, which may keep its own name.
 */
export function workspaceNameError(
  t: Translate,
  name: string,
  workspaces: readonly WorkspaceSummary[],
  renaming?: string,
): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return t('app.workspace.nameError.empty')
  if ([...trimmed].length > maxWorkspaceNameLength)
    return t('app.workspace.nameError.tooLong', { max: maxWorkspaceNameLength })
  if (/[\p{Cc}"\\/]/u.test(trimmed)) return t('app.workspace.nameError.characters')
  const taken = workspaces.find(
    (w) =>
      sameWorkspaceName(w.name, name) && (renaming === undefined || !sameWorkspaceName(w.name, renaming)),
  )
  return taken ? t('app.workspace.nameError.taken', { name: taken.name }) : null
}

/** A colour for a new workspace: the first no workspace wears yet, else one from its name. */
export function freeColour(workspaces: readonly WorkspaceSummary[], name: string): WorkspaceColour {
  return (
    workspaceColours.find((colour) => !workspaces.some((w) => w.colour === colour)) ?? colourFromName(name)
  )
}

/** The workspaces sending in the background, as the switcher says it; null when none is. */
export function backgroundSending(t: Translate, workspaces: readonly WorkspaceSummary[]): string | null {
  const sending = workspaces.filter((w) => !w.current && w.sending.length > 0)
  if (sending.length === 0) return null
  if (sending.length === 1) return t('app.workspace.backgroundOne', { name: sending[0]?.name ?? '' })
  return t('app.workspace.backgroundMany', { count: sending.length })
}

/** What goes on in the workspace left, said before the switch: "The campaign “Spring offer” keeps sending …". */
export function keepsSending(t: Translate, campaigns: readonly string[], workspace: string): string {
  const [first] = campaigns
  return campaigns.length === 1
    ? t('app.switch.keepsSendingOne', { campaign: first ?? '', workspace })
    : t('app.switch.keepsSendingMany', { count: campaigns.length, workspace })
}
