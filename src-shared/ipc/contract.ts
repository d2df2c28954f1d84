import { z } from 'zod'
import type { ChannelDef } from './requests/common'
import type { EventChannel, RequestChannel } from './channels'
import type { Result } from './result'
import { conversationStatuses } from '../domain/inbox'
import { CampaignProgressSchema } from '../domain/campaigns'
import { ImportProgressSchema } from '../domain/contacts'
import { ExportProgressSchema } from '../domain/reports'
import { SettingsSchema } from '../domain/settings'
import { WhatsAppStateSchema } from '../domain/whatsapp'
import { LinkTestSchema } from '../domain/link-test'
import { AlertNoticeSchema } from '../domain/alerts'
import { appRequests } from './requests/app'
import { contactsRequests } from './requests/contacts'
import { inboxRequests } from './requests/inbox'
import { resultsRequests } from './requests/results'
import { sendingRequests } from './requests/sending'
import { whatsappRequests } from './requests/whatsapp'

/** Every request channel between the renderer and the main process, with its input and output schemas. */
export const contract = {
  ...appRequests,
  ...whatsappRequests,
  ...contactsRequests,
  ...sendingRequests,
  ...inboxRequests,
  ...resultsRequests,
} as const satisfies Record<RequestChannel, ChannelDef>

/** Every event the main process pushes to the renderer, with its payload schema. */
export const events = {
  'settings:changed': SettingsSchema,
  'whatsapp:state': WhatsAppStateSchema,
  'whatsapp:test-progress': LinkTestSchema,
  /** A sending number's connection changed (the first number's also arrives as 'whatsapp:state'). */
  'accounts:state': z.object({ accountId: z.number().int(), state: WhatsAppStateSchema }),
  /** A number was added, renamed, removed or linked. */
  'accounts:changed': z.object({ accountId: z.number().int().nullable() }),
  'accounts:test-progress': z.object({ accountId: z.number().int(), test: LinkTestSchema }),
  /** A conversation changed (a reply, opened, marked); `unread` is the navigation's count. */
  'inbox:changed': z.object({ conversationId: z.number().int().nullable(), unread: z.number().int() }),
  /** A new reply, for the desktop notification. */
  'inbox:reply': z.object({
    conversationId: z.number().int(),
    name: z.string().nullable(),
    phone: z.string(),
    text: z.string(),
    status: z.enum(conversationStatuses),
    rehearsal: z.boolean(),
    /** Whether Settings → Inbox wants a desktop notification for it. */
    notify: z.boolean(),
  }),
  /** The desktop app: the user clicked a reply's notification, so the window shows that conversation. */
  'inbox:show': z.object({ conversationId: z.number().int() }),
  'import:progress': ImportProgressSchema,
  'lists:changed': z.object({ listId: z.number().int().nullable() }),
  'campaign:progress': CampaignProgressSchema,
  'templates:changed': z.object({ templateId: z.number().int().nullable() }),
  'reports:progress': ExportProgressSchema,
  /** A scheduled custom report ran (or failed to): for the run history and the alerts. */
  'reports:scheduled-run': z.object({
    scheduleId: z.number().int(),
    report: z.string(),
    outcome: z.enum(['ok', 'failed']),
    /** Where the file went, when it was written. */
    file: z.string().nullable(),
    /** Why it failed, in words for the user. */
    message: z.string().nullable(),
  }),
  /** An alert rule fired: the desktop notification, and a note in Herald's window. */
  'alerts:notify': AlertNoticeSchema,
  /** A rule was saved or deleted, or its delivery log changed. */
  'alerts:changed': z.object({ ruleId: z.number().int().nullable() }),
  /**
   * The list of workspaces changed; `switched` when the window now shows another one (`current`), which every
   * page of the browser run answers by reloading.
   */
  'workspaces:changed': z.object({ current: z.string(), switched: z.boolean() }),
} as const satisfies Record<EventChannel, z.ZodType>

export type Contract = typeof contract
/** What a caller passes. */
export type Input<C extends RequestChannel> = z.input<Contract[C]['input']>
/** What a handler receives, after parsing. */
export type ParsedInput<C extends RequestChannel> = z.output<Contract[C]['input']>
export type Output<C extends RequestChannel> = z.output<Contract[C]['output']>
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>

/** The one object the renderer talks to: `window.api` in Electron, a WebSocket client in the browser run. */
export type HeraldApi = {
  invoke<C extends RequestChannel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void
  /**
   * The desktop app only: where a file dropped on the window is on this computer, for 'import:open-path'
   * and 'templates:attach-path'; '' for a file that is not on disk. Absent in the browser run.
   */
  pathForFile?(file: File): string
}

export type { EventChannel, RequestChannel } from './channels'
