import { z } from 'zod'
import { phrase } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'

/** The colours a workspace can wear in the switcher: few enough to tell apart at a glance. */
export const workspaceColours = ['blue', 'teal', 'green', 'amber', 'orange', 'red', 'pink', 'violet'] as const
export type WorkspaceColour = (typeof workspaceColours)[number]
export const WorkspaceColourSchema = z.enum(workspaceColours)

/** The longest workspace name, in characters. */
export const maxWorkspaceNameLength = 40

/**
 * The colour of a workspace that has none chosen (one added before workspaces had colours): picked from its
 * name, so that it is the same on every start and in every window.
 */
export function colourFromName(name: string): WorkspaceColour {
  let hash = 0
  for (const char of name.toLowerCase()) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  return workspaceColours[hash % workspaceColours.length] ?? 'blue'
}

/** Whether two workspace names are the same name (case does not count, accents do). */
export function sameWorkspaceName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0
}

/**
 * What is wrong with a new workspace name, as a phrase (its form only: the main process also refuses a name
 * that is taken); null when it will do. The window checks the same rules in its own words (workspace-words.ts).
 */
export function workspaceNameProblem(name: string): Phrase | null {
  const trimmed = name.trim()
  if (trimmed === '') return phrase('system.workspaces.nameEmpty')
  if ([...trimmed].length > maxWorkspaceNameLength)
    return phrase('system.workspaces.nameTooLong', { max: maxWorkspaceNameLength })
  if (/[\p{Cc}"\\/]/u.test(trimmed)) return phrase('system.workspaces.nameCharacters')
  return null
}

/** A workspace as the switcher shows it. */
export const WorkspaceSummarySchema = z.object({
  name: z.string(),
  colour: WorkspaceColourSchema,
  /** The workspace the window shows now. */
  current: z.boolean(),
  /** The data folder itself: it keeps its name and cannot be removed. */
  isDefault: z.boolean(),
  /** The campaigns this Herald is sending in the workspace now (in the background, for another one). */
  sending: z.array(z.string()),
})
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>
