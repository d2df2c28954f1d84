import type { RequestChannel } from '../channels'
import { z } from 'zod'
import {
  ContactListSchema,
  ContactPageSchema,
  ImportAnalysisSchema,
  ImportOpenedSchema,
  OptOutSchema,
  RowPageSchema,
  columnRoles,
  verdicts,
} from '../../domain/contacts'
import type { ChannelDef } from './common'
import { DroppedPath, ListId, NoInput, Paging, UploadId } from './common'

/** Excel's own limit: no spreadsheet a user imports has more columns. */
const maxSheetColumns = 16_384
const SessionId = z.string().min(1).max(100)
const Search = z.string().max(200).optional()

/** Contacts: importing a spreadsheet, the lists, the opt-out list. */
export const contactsRequests = {
  'import:open': { input: z.object({ uploadId: UploadId }).strict(), output: ImportOpenedSchema },
  /**
   * The desktop app: opens the spreadsheet the user picks in the desktop's own file dialog, read by the main
   * process itself; null when the dialog was cancelled. The browser run answers UNAVAILABLE.
   */
  'import:choose-file': { input: NoInput, output: ImportOpenedSchema.nullable() },
  /** The desktop app: opens the spreadsheet dropped on the window, by the path the preload gives for it. */
  'import:open-path': { input: z.object({ path: DroppedPath }).strict(), output: ImportOpenedSchema },
  'import:open-sample': { input: NoInput, output: ImportOpenedSchema },
  'import:analyze': {
    input: z
      .object({
        sessionId: SessionId,
        sheet: z.string().max(300).optional(),
        country: z.string().length(2).optional(),
        roles: z
          .array(
            z
              .object({ index: z.number().int().min(0).max(maxSheetColumns), role: z.enum(columnRoles) })
              .strict(),
          )
          .max(maxSheetColumns, { error: `A sheet has at most ${maxSheetColumns} columns.` })
          .optional(),
      })
      .strict(),
    output: ImportAnalysisSchema,
  },
  'import:rows': {
    input: z
      .object({ sessionId: SessionId, verdict: z.enum([...verdicts, 'repaired']).optional(), ...Paging })
      .strict(),
    output: RowPageSchema,
  },
  'import:save': {
    input: z.object({ sessionId: SessionId, name: z.string().trim().min(1).max(120) }).strict(),
    output: ContactListSchema,
  },
  'import:close': { input: z.object({ sessionId: SessionId }).strict(), output: z.null() },
  'lists:list': { input: NoInput, output: z.array(ContactListSchema) },
  'lists:get': { input: z.object({ listId: ListId }).strict(), output: ContactListSchema },
  'lists:contacts': {
    input: z
      .object({ listId: ListId, search: Search, verdict: z.enum(verdicts).optional(), ...Paging })
      .strict(),
    output: ContactPageSchema,
  },
  'lists:delete': { input: z.object({ listId: ListId }).strict(), output: z.null() },
  'optouts:list': {
    input: z.object({ search: Search, ...Paging }).strict(),
    output: z.object({ total: z.number().int(), rows: z.array(OptOutSchema) }),
  },
  'optouts:add': {
    input: z
      .object({
        phone: z.string().min(1).max(100),
        country: z.string().length(2).optional(),
        reason: z.string().max(500).optional(),
      })
      .strict(),
    output: OptOutSchema,
  },
  'optouts:remove': { input: z.object({ phone: z.string().min(1).max(100) }).strict(), output: z.null() },
} satisfies Partial<Record<RequestChannel, ChannelDef>>
