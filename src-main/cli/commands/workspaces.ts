import path from 'node:path'
import { openAppContext } from '../../context'
import { addWorkspace, listWorkspaces, removeWorkspace, renameWorkspace } from '../../workspaces'
import type { Workspace } from '../../workspaces'
import type { Command } from '../command'
import { optionsOf } from '../command'
import { UsageError } from '../io'
import { columns, localDate } from './lists'

const usage = [
  'herald workspaces [list] [--json]              the workspaces of this data folder',
  'herald workspaces add NAME                     a new, empty workspace (its own lists, campaigns, logins)',
  'herald workspaces rename OLD NEW               a new name; its data stays where it is',
  'herald workspaces remove NAME --confirm NAME   removes it and everything in it, after a backup',
  '',
  'Every other command works on one workspace: herald --workspace NAME lists',
].join('\n')

const asJson = (w: Workspace): object => ({
  name: w.name,
  dataDir: w.dataDir,
  createdAt: w.createdAt,
  default: w.isDefault,
})

const show = (workspaces: Workspace[]): string =>
  columns(
    ['Name', 'Created', 'Folder'],
    workspaces.map((w) => [w.name, w.createdAt ? localDate(w.createdAt) : '—', w.dataDir]),
  )

/** A removed workspace's database (and the attachments it uses) saved first, named after it and the day. */
async function backUp(workspace: Workspace, folder: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const ctx = openAppContext({ dataDir: workspace.dataDir, runtime: 'cli' })
  try {
    const target = path.join(folder, `${path.basename(workspace.dataDir)}-${stamp}.db`)
    return (await ctx.dataCare.backup(target)).file
  } finally {
    await ctx.shutdown()
  }
}

export const workspacesCommand: Command = {
  name: 'workspaces',
  summary: 'Separate workspaces (for example one per client): list, add, rename, remove',
  usage,
  options: optionsOf(['confirm']),
  async run(ctx, { positionals, values, json }, io) {
    const [action = 'list', ...rest] = positionals
    const root = ctx.paths.dataDir
    if (values.workspace !== undefined)
      throw new UsageError(
        '"herald workspaces" works on the whole data folder: leave out --workspace.',
        usage,
      )
    if (action === 'list' && rest.length === 0) {
      const all = listWorkspaces(root)
      io.out(json ? JSON.stringify({ workspaces: all.map(asJson) }) : show(all))
      return 0
    }
    if (action === 'add' && rest.length === 1) {
      const added = addWorkspace(root, rest[0]!)
      io.out(json ? JSON.stringify(asJson(added)) : `Added the workspace "${added.name}" (${added.dataDir}).`)
      return 0
    }
    if (action === 'rename' && rest.length === 2) {
      const renamed = renameWorkspace(root, rest[0]!, rest[1]!)
      io.out(json ? JSON.stringify(asJson(renamed)) : `Renamed it "${renamed.name}".`)
      return 0
    }
    if (action === 'remove' && rest.length === 1) {
      const confirm = typeof values.confirm === 'string' ? values.confirm : ''
      const { workspace, backupFile } = await removeWorkspace(root, rest[0]!, confirm, backUp)
      io.out(
        json
          ? JSON.stringify({ removed: workspace.name, backup: backupFile })
          : `Removed the workspace "${workspace.name}". Its last backup: ${backupFile}`,
      )
      return 0
    }
    throw new UsageError('Which workspace command?', usage)
  },
}
