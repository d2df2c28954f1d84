import path from 'node:path'
import { defaultWorkspaceName, listWorkspaces } from '../workspaces'

/**
 * The name of the workspace whose data folder this is: a workspace other than the default lives in
 * `<root>/workspaces/<folder>`, and its name is in the root's workspaces.json. Read at each use, so a
 * renamed workspace is named anew.
 */
export function workspaceNameOf(dataDir: string): string {
  const parent = path.dirname(path.resolve(dataDir))
  if (path.basename(parent) !== 'workspaces') return defaultWorkspaceName
  try {
    const root = path.dirname(parent)
    const found = listWorkspaces(root).find((w) => path.resolve(w.dataDir) === path.resolve(dataDir))
    return found?.name ?? defaultWorkspaceName
  } catch {
    return defaultWorkspaceName
  }
}
