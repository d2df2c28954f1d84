import type { WorkspaceColour, WorkspaceSummary } from '../../src-shared/domain/workspaces'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import type { Handlers } from './dispatch'

export type WorkspaceChannels =
  'workspaces:list' | 'workspaces:add' | 'workspaces:rename' | 'workspaces:switch'

/**
 * What the switcher's requests need from the Herald that serves the window: the workspaces it has open
 * and which one the window shows (open-workspaces.ts). Not a service of one workspace's context.
 */
export type WorkspaceControl = {
  list(): WorkspaceSummary[]
  add(name: string, colour: WorkspaceColour): WorkspaceSummary
  rename(name: string, to: string, colour?: WorkspaceColour): WorkspaceSummary
  switchTo(name: string, leaveSending: boolean): Promise<WorkspaceSummary>
}

const noSwitcher = (): never => {
  throw new AppError('UNAVAILABLE', phrase('system.workspaces.oneOnly'))
}

/** The workspace switcher; without a `control` (a context served on its own) every request says so. */
export function workspaceHandlers(control?: WorkspaceControl): Pick<Handlers, WorkspaceChannels> {
  if (!control) {
    return {
      'workspaces:list': noSwitcher,
      'workspaces:add': noSwitcher,
      'workspaces:rename': noSwitcher,
      'workspaces:switch': noSwitcher,
    }
  }
  return {
    'workspaces:list': () => control.list(),
    'workspaces:add': ({ name, colour }) => control.add(name, colour),
    'workspaces:rename': ({ name, to, colour }) => control.rename(name, to, colour),
    'workspaces:switch': ({ name, leaveSending }) => control.switchTo(name, leaveSending),
  }
}
