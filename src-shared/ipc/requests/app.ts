import type { RequestChannel } from '../channels'
import { z } from 'zod'
import { AppInfoSchema } from '../../domain/app-info'
import {
  BackupFileSchema,
  DatabaseHealthSchema,
  PruneCandidateSchema,
  PruneInputSchema,
  PrunePreviewSchema,
  RestoreResultSchema,
  SavedFileSchema,
} from '../../domain/reports'
import { SettingKeySchema, SettingsPatchSchema, SettingsSchema } from '../../domain/settings'
import { WorkspaceColourSchema, WorkspaceSummarySchema } from '../../domain/workspaces'
import type { ChannelDef } from './common'
import { NoInput } from './common'

/** A workspace by name; the main process says in words what is wrong with a new one (workspaces.ts). */
const WorkspaceName = z.string().max(200)

/** The app itself: its version and errors, Settings, the database’s care, workspaces. */
export const appRequests = {
  'app:get-info': { input: NoInput, output: AppInfoSchema },
  'app:report-error': {
    input: z
      .object({
        message: z.string().min(1).max(2000),
        stack: z.string().max(20_000).optional(),
        screen: z.string().max(200).optional(),
      })
      .strict(),
    output: z.null(),
  },
  'settings:get': { input: NoInput, output: SettingsSchema },
  'settings:update': { input: z.object({ values: SettingsPatchSchema }).strict(), output: SettingsSchema },
  'settings:reset': {
    input: z
      .object({ keys: z.array(SettingKeySchema).min(1).max(SettingKeySchema.options.length).optional() })
      .strict(),
    output: SettingsSchema,
  },
  /**
   * Opens the desktop app's own file dialog and saves the browser for WhatsApp the user picks there, once
   * checked to be Chrome, Chromium or Edge; null when the dialog was cancelled. The path never comes from
   * the page. The browser run has no such dialog and answers UNAVAILABLE.
   */
  'settings:choose-browser': { input: NoInput, output: SettingsSchema.nullable() },
  'db:health': { input: NoInput, output: DatabaseHealthSchema },
  'db:backup': { input: NoInput, output: SavedFileSchema },
  'db:backups': { input: NoInput, output: z.array(BackupFileSchema) },
  /** `file` left out: choose it in a dialog (the app only). */
  'db:restore': {
    input: z.object({ file: z.string().min(1).max(4096).optional() }).strict(),
    output: RestoreResultSchema,
  },
  'db:prune-preview': { input: PruneInputSchema, output: PrunePreviewSchema },
  'db:prune': {
    input: PruneInputSchema,
    /** With the campaigns go the attachment files no template or campaign uses any more. */
    output: z.object({
      deleted: z.array(PruneCandidateSchema),
      removedAttachments: z.object({ files: z.number().int(), bytes: z.number().int() }),
    }),
  },
  'db:optimize': {
    input: z.object({ vacuum: z.boolean().default(false) }).strict(),
    output: z.object({ bytesBefore: z.number().int(), bytesAfter: z.number().int() }),
  },
  /** The workspaces of the data folder, the default first, and which one the window shows. */
  'workspaces:list': { input: NoInput, output: z.array(WorkspaceSummarySchema) },
  /** A new, empty workspace; the window stays where it is until 'workspaces:switch'. */
  'workspaces:add': {
    input: z.object({ name: WorkspaceName, colour: WorkspaceColourSchema }).strict(),
    output: WorkspaceSummarySchema,
  },
  /** A new name (`to`: the same one to change the colour only; the default workspace keeps its name). */
  'workspaces:rename': {
    input: z
      .object({ name: WorkspaceName, to: WorkspaceName, colour: WorkspaceColourSchema.optional() })
      .strict(),
    output: WorkspaceSummarySchema,
  },
  /**
   * Makes `name` the workspace the window shows; the page then reloads. The one left is closed, unless it is
   * sending a campaign: then it goes on in the background, but only with `leaveSending` (CONFLICT otherwise).
   */
  'workspaces:switch': {
    input: z.object({ name: WorkspaceName, leaveSending: z.boolean().default(false) }).strict(),
    output: WorkspaceSummarySchema,
  },
} satisfies Partial<Record<RequestChannel, ChannelDef>>
