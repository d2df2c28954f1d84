import fs from 'node:fs'
import path from 'node:path'
import {
  colourFromName,
  sameWorkspaceName,
  workspaceColours,
  workspaceNameProblem,
} from '../src-shared/domain/workspaces'
import type { WorkspaceColour } from '../src-shared/domain/workspaces'
import { phrase } from '../src-shared/i18n/phrase'
import { AppError } from './errors'

/**
 * Workspaces: separate Herald data folders for separate businesses (an agency's clients). The default
 * workspace is the data folder itself; every other one is a complete data folder of its own under
 * `workspaces/` (its database, logins, attachments, backups, exports, settings), so nothing crosses: no
 * query, no event and no file is shared. Their names live in `workspaces.json` in the data folder.
 */
export type Workspace = {
  name: string
  /** The workspace's own data folder. */
  dataDir: string
  createdAt: string | null
  isDefault: boolean
  /** Chosen from a small palette; one never chosen comes from the name (colourFromName). */
  colour: WorkspaceColour
}

type Entry = { name: string; folder: string; createdAt: string; colour?: WorkspaceColour }
/** workspaces.json: the default workspace is the data folder itself, so only its colour is kept here. */
type Registry = { defaultColour?: WorkspaceColour; workspaces: Entry[] }

export const defaultWorkspaceName = 'default'
const registryName = 'workspaces.json'

const registryFile = (dataDir: string): string => path.join(dataDir, registryName)
const foldersOf = (dataDir: string): string => path.join(dataDir, 'workspaces')
/** Where a removed workspace's last backup goes: not among the default workspace's own backups. */
export const removedBackupsFolder = (dataDir: string): string => path.join(dataDir, 'workspace-backups')

const same = sameWorkspaceName

// A colour this version does not know (written by a newer Herald, or by hand) is as good as none.
const knownColour = (colour: unknown): WorkspaceColour | undefined =>
  workspaceColours.find((known) => known === colour)

function readRegistry(dataDir: string): Registry {
  let text: string
  try {
    text = fs.readFileSync(registryFile(dataDir), 'utf8')
  } catch {
    return { workspaces: [] }
  }
  try {
    const parsed = JSON.parse(text) as { defaultColour?: unknown; workspaces?: Entry[] }
    const workspaces = (parsed.workspaces ?? [])
      .filter(
        (e) => typeof e.name === 'string' && typeof e.folder === 'string' && /^[a-z0-9-]+$/.test(e.folder),
      )
      .map((e) => ({ ...e, colour: knownColour(e.colour) }))
    return { defaultColour: knownColour(parsed.defaultColour), workspaces }
  } catch {
    throw new AppError('CONFLICT', phrase('system.workspaces.listDamaged', { file: registryFile(dataDir) }))
  }
}

const readEntries = (dataDir: string): Entry[] => readRegistry(dataDir).workspaces

function writeRegistry(dataDir: string, registry: Registry): void {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = registryFile(dataDir)
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(registry, null, 2)}\n`, { mode: 0o600 })
  fs.renameSync(temporary, file)
}

/** The entries, keeping the default workspace's colour as it is. */
function writeEntries(dataDir: string, entries: Entry[]): void {
  writeRegistry(dataDir, { ...readRegistry(dataDir), workspaces: entries })
}

function toWorkspace(dataDir: string, entry: Entry): Workspace {
  return {
    name: entry.name,
    dataDir: path.join(foldersOf(dataDir), entry.folder),
    createdAt: entry.createdAt,
    isDefault: false,
    colour: entry.colour ?? colourFromName(entry.name),
  }
}

/** The default workspace first, then the others by name. */
export function listWorkspaces(dataDir: string): Workspace[] {
  const registry = readRegistry(dataDir)
  const others = registry.workspaces
    .map((entry) => toWorkspace(dataDir, entry))
    .sort((a, b) => a.name.localeCompare(b.name))
  const colour = registry.defaultColour ?? colourFromName(defaultWorkspaceName)
  return [{ name: defaultWorkspaceName, dataDir, createdAt: null, isDefault: true, colour }, ...others]
}

function names(dataDir: string): string {
  return listWorkspaces(dataDir)
    .map((w) => `"${w.name}"`)
    .join(', ')
}

/**
 * The data folder a process works in: the workspace named by its flag, else by HERALD_WORKSPACE, of the
 * data folder `root` (the default workspace when neither is given).
 */
export function workspaceDataDir(root: string, flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return findWorkspace(root, flag ?? (env.HERALD_WORKSPACE || undefined)).dataDir
}

/** The workspace called `name` (any case; the default when none is given); NOT_FOUND with the names. */
export function findWorkspace(dataDir: string, name: string | undefined): Workspace {
  if (name === undefined || same(name, defaultWorkspaceName)) return listWorkspaces(dataDir)[0]!
  const found = listWorkspaces(dataDir).find((w) => same(w.name, name))
  if (!found) {
    throw new AppError('NOT_FOUND', phrase('system.workspaces.notFound', { name, names: names(dataDir) }))
  }
  return found
}

/** The name, trimmed, once it is a valid one that no other workspace than `renaming` has. */
function checkName(dataDir: string, name: string, renaming?: Workspace): string {
  const trimmed = name.trim()
  const problem = workspaceNameProblem(trimmed)
  if (problem) throw new AppError('BAD_INPUT', problem)
  const taken = listWorkspaces(dataDir).some((w) => same(w.name, trimmed) && w.dataDir !== renaming?.dataDir)
  if (taken) throw new AppError('CONFLICT', phrase('system.workspaces.nameTaken', { name: trimmed }))
  return trimmed
}

/** A folder name of plain letters for the workspace, not taken yet. */
function folderFor(dataDir: string, name: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'workspace'
  const taken = (folder: string): boolean => fs.existsSync(path.join(foldersOf(dataDir), folder))
  let folder = base
  for (let n = 2; taken(folder); n += 1) folder = `${base}-${n}`
  return folder
}

/** A new, empty workspace with its own data folder. */
export function addWorkspace(
  dataDir: string,
  name: string,
  now: Date = new Date(),
  colour?: WorkspaceColour,
): Workspace {
  const checked = checkName(dataDir, name)
  const folder = folderFor(dataDir, checked)
  const entry: Entry = { name: checked, folder, createdAt: now.toISOString(), colour }
  const workspace = toWorkspace(dataDir, entry)
  fs.mkdirSync(workspace.dataDir, { recursive: true, mode: 0o700 })
  writeEntries(dataDir, [...readEntries(dataDir), entry])
  return workspace
}

/**
 * A new name, and a new colour when `colour` is given; the folder stays where it is. The default workspace
 * keeps its name; its colour can change. A colour never chosen stays the one the old name gave.
 */
export function renameWorkspace(
  dataDir: string,
  from: string,
  to: string,
  colour?: WorkspaceColour,
): Workspace {
  const current = findWorkspace(dataDir, from)
  if (current.isDefault) {
    if (to.trim() !== current.name || colour === undefined)
      throw new AppError('BAD_INPUT', phrase('system.workspaces.defaultKeepsName'))
    writeRegistry(dataDir, { ...readRegistry(dataDir), defaultColour: colour })
    return findWorkspace(dataDir, undefined)
  }
  const checked = checkName(dataDir, to, current)
  const entries = readEntries(dataDir).map((e) =>
    same(e.name, current.name) ? { ...e, name: checked, colour: colour ?? current.colour } : e,
  )
  writeEntries(dataDir, entries)
  return findWorkspace(dataDir, checked)
}

/**
 * Removes a workspace and its folder, once its name is typed again (`confirm`) and `backup` has saved its
 * database (and the attachments it uses) to the file it returns. The default workspace stays.
 */
export async function removeWorkspace(
  dataDir: string,
  name: string,
  confirm: string,
  backup: (workspace: Workspace, folder: string) => Promise<string>,
): Promise<{ workspace: Workspace; backupFile: string }> {
  const workspace = findWorkspace(dataDir, name)
  if (workspace.isDefault) throw new AppError('BAD_INPUT', phrase('system.workspaces.defaultStays'))
  if (confirm.trim() !== workspace.name)
    throw new AppError('BAD_INPUT', phrase('system.workspaces.confirmRemove', { name: workspace.name }))
  const folder = removedBackupsFolder(dataDir)
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  const backupFile = await backup(workspace, folder)
  writeEntries(
    dataDir,
    readEntries(dataDir).filter((e) => !same(e.name, workspace.name)),
  )
  fs.rmSync(workspace.dataDir, { recursive: true, force: true })
  return { workspace, backupFile }
}
