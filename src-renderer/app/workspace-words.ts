import {
  colourFromName,
  sameWorkspaceName,
  workspaceColours,
  workspaceNameProblem,
} from '../../src-shared/domain/workspaces'
import type { WorkspaceColour, WorkspaceSummary } from '../../src-shared/domain/workspaces'

/** The colours as the switcher's colour picker names them. */
export const colourNames: Record<WorkspaceColour, string> = {
  blue: 'Blue',
  teal: 'Teal',
  green: 'Green',
  amber: 'Amber',
  orange: 'Orange',
  red: 'Red',
  pink: 'Pink',
  violet: 'Violet',
}

/**
 * What is wrong with `name` for a workspace, in the words the main process would use; null when it will
 * do. `renaming`: the workspace being renamed, which may keep its own name.
 */
export function workspaceNameError(
  name: string,
  workspaces: readonly WorkspaceSummary[],
  renaming?: string,
): string | null {
  const problem = workspaceNameProblem(name)
  if (problem) return problem
  const taken = workspaces.find(
    (w) =>
      sameWorkspaceName(w.name, name) && (renaming === undefined || !sameWorkspaceName(w.name, renaming)),
  )
  return taken ? `There is a workspace called "${taken.name}" already. Choose another name.` : null
}

/** A colour for a new workspace: the first no workspace wears yet, else one from its name. */
export function freeColour(workspaces: readonly WorkspaceSummary[], name: string): WorkspaceColour {
  return (
    workspaceColours.find((colour) => !workspaces.some((w) => w.colour === colour)) ?? colourFromName(name)
  )
}

/** The workspaces sending in the background, as the switcher says it; null when none is. */
export function backgroundSending(workspaces: readonly WorkspaceSummary[]): string | null {
  const sending = workspaces.filter((w) => !w.current && w.sending.length > 0)
  if (sending.length === 0) return null
  if (sending.length === 1) return `“${sending[0]?.name}” is sending in the background`
  return `${sending.length} other workspaces are sending in the background`
}

/** What goes on in the workspace left, said before the switch: "“Spring offer” keeps sending …". */
export function keepsSending(campaigns: readonly string[], workspace: string): string {
  const [first] = campaigns
  const what = campaigns.length === 1 ? `The campaign “${first}” keeps` : `${campaigns.length} campaigns keep`
  return `${what} sending in the background in the workspace “${workspace}”.`
}
