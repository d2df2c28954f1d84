import { z } from 'zod'
import type { EventChannel, RequestChannel } from './channels'
import type { Result } from './result'
import { AccountNameSchema, AccountSchema, AccountViewSchema } from '../domain/accounts'
import { AnalyticsQuerySchema, AnalyticsSchema } from '../domain/analytics'
import {
  DashboardLayoutsSchema,
  LayoutIdSchema,
  LayoutNameSchema,
  LayoutWidgetsSchema,
} from '../domain/dashboard-layout'
import {
  ConversationMarkSchema,
  ConversationSchema,
  ConversationSummarySchema,
  conversationStatuses,
  InboxPageSchema,
  InboxQuerySchema,
  maxQuickReply,
} from '../domain/inbox'
import { AppInfoSchema } from '../domain/app-info'
import { AttachmentSchema } from '../domain/attachments'
import {
  CampaignInputSchema,
  CampaignProgressSchema,
  CampaignSchema,
  TemplateInputSchema,
  TemplateSchema,
  VariantRuleSchema,
  VariantSchema,
  campaignPacePresets,
  maxVariants,
  SkipRecentDaysSchema,
} from '../domain/campaigns'
import {
  columnRoles,
  ContactListSchema,
  ContactPageSchema,
  ImportAnalysisSchema,
  ImportOpenedSchema,
  ImportProgressSchema,
  OptOutSchema,
  RowPageSchema,
  verdicts,
} from '../domain/contacts'
import {
  MessageLogPageSchema,
  MessageLogQuerySchema,
  RetryInputSchema,
  RetryResultSchema,
} from '../domain/history'
import {
  BackupFileSchema,
  DatabaseHealthSchema,
  ExportInputSchema,
  ExportProgressSchema,
  PruneCandidateSchema,
  PruneInputSchema,
  PrunePreviewSchema,
  ReportLanguageSchema,
  RestoreResultSchema,
  SavedFileSchema,
} from '../domain/reports'
import { SettingKeySchema, SettingsPatchSchema, SettingsSchema } from '../domain/settings'
import { WhatsAppStateSchema } from '../domain/whatsapp'
import { LinkTestSchema, LinkTestStatusSchema } from '../domain/link-test'
import { WorkspaceColourSchema, WorkspaceSummarySchema } from '../domain/workspaces'
import {
  ReportScheduleInputSchema,
  ReportScheduleListSchema,
  ReportScheduleRunSchema,
  ReportScheduleSchema,
} from '../domain/report-schedules'
import {
  AlertDeliveriesQuerySchema,
  AlertDeliverySchema,
  AlertNoticeSchema,
  AlertRuleInputSchema,
  AlertRuleSchema,
} from '../domain/alerts'
import {
  DuplicateReportInputSchema,
  ExportReportInputSchema,
  PreviewReportInputSchema,
  ReportDraftInputSchema,
  ReportNameSchema,
  ReportPreviewSchema,
  SaveReportInputSchema,
  SavedReportSchema,
} from '../domain/custom-reports'

const AccountId = z.number().int().positive()
const NoInput = z.object({}).strict()
/** Excel's own limit: no spreadsheet a user imports has more columns. */
const maxSheetColumns = 16_384
const SessionId = z.string().min(1).max(100)
/** A file the browser run's page sent to the host, claimed once by the request that names it. */
const UploadId = z.uuid()
/**
 * Where a file dropped on the desktop app's window is (Electron's webUtils.getPathForFile): the main process
 * reads it as the one file the request is for, and only when it is an ordinary file within the size limit.
 */
const DroppedPath = z.string().min(1).max(4096)
const ListId = z.number().int().positive()
const Paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
}
const Search = z.string().max(200).optional()
const CampaignRef = z.object({ campaignId: z.number().int().positive() }).strict()
const PreviewSchema = z.object({
  total: z.number().int(),
  rows: z.array(
    z.object({
      contactId: z.number().int(),
      row: z.number().int(),
      name: z.string().nullable(),
      phone: z.string(),
      variant: z.string(),
      text: z.string(),
      /** Placeholders this contact cannot fill (no value and no fallback). */
      missing: z.array(z.string()),
    }),
  ),
})

/** A workspace by name; the main process says in words what is wrong with a new one (workspaces.ts). */
const WorkspaceName = z.string().max(200)

type ChannelDef = { input: z.ZodType; output: z.ZodType }

/** Every request channel between the renderer and the main process, with its input and output schemas. */
export const contract = {
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
  'whatsapp:get-state': { input: NoInput, output: WhatsAppStateSchema },
  /**
   * Starts the browser and WhatsApp Web; progress arrives as 'whatsapp:state' events (QR, then ready).
   * `clearCache` first deletes the saved copy of WhatsApp Web (the remedy for a client stuck loading).
   */
  'whatsapp:connect': {
    input: z.object({ clearCache: z.boolean().optional() }).strict(),
    output: WhatsAppStateSchema,
  },
  /** Stops a connection attempt, closing the browser; the saved login stays. */
  'whatsapp:cancel': { input: NoInput, output: WhatsAppStateSchema },
  /** Unlinks this computer from the WhatsApp account and deletes the saved login. */
  'whatsapp:logout': { input: NoInput, output: WhatsAppStateSchema },
  /**
   * Sends one test message to the account's own number, or to `to`, and answers once it is over (up to
   * about a minute while the delivery receipt is awaited); each step arrives as 'whatsapp:test-progress'.
   */
  'whatsapp:send-test': {
    input: z.object({ to: z.string().max(40).optional() }).strict(),
    output: LinkTestSchema,
  },
  /** Whether a test message went out on this login, and the latest test of this run. */
  'whatsapp:test-status': { input: NoInput, output: LinkTestStatusSchema },
  /**
   * Opens a spreadsheet the browser run's page sent to the host (`POST /upload`, which answers the id). Its
   * progress events carry the import's session id from the first one.
   */
  /** The sending numbers, each with its connection and today's use of its budget. */
  'accounts:list': { input: NoInput, output: z.array(AccountViewSchema) },
  'accounts:add': { input: z.object({ name: AccountNameSchema }).strict(), output: AccountSchema },
  'accounts:rename': {
    input: z.object({ accountId: AccountId, name: AccountNameSchema }).strict(),
    output: AccountSchema,
  },
  /** Removes a number: its login is deleted; the history of what it sent stays. */
  'accounts:remove': { input: z.object({ accountId: AccountId }).strict(), output: z.null() },
  /** Starts the number's browser and WhatsApp Web; its QR code and progress arrive as 'accounts:state'. */
  'accounts:connect': {
    input: z.object({ accountId: AccountId, clearCache: z.boolean().optional() }).strict(),
    output: WhatsAppStateSchema,
  },
  /** Closes the number's browser; its login stays, so it reconnects without a QR code. */
  'accounts:disconnect': { input: z.object({ accountId: AccountId }).strict(), output: WhatsAppStateSchema },
  'accounts:logout': { input: z.object({ accountId: AccountId }).strict(), output: WhatsAppStateSchema },
  'accounts:send-test': {
    input: z.object({ accountId: AccountId, to: z.string().max(40).optional() }).strict(),
    output: LinkTestSchema,
  },
  'accounts:set-established': {
    input: z.object({ accountId: AccountId, established: z.boolean() }).strict(),
    output: AccountSchema,
  },
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
  'templates:list': { input: NoInput, output: z.array(TemplateSchema) },
  'templates:save': { input: TemplateInputSchema, output: TemplateSchema },
  'templates:delete': {
    input: z.object({ templateId: z.number().int().positive() }).strict(),
    output: z.null(),
  },
  /**
   * Keeps a copy of an image or PDF for a template, checked by its content; save the template with it. This
   * one takes a file the browser run's page sent (`POST /upload`), as 'import:open' does.
   */
  'templates:attach': { input: z.object({ uploadId: UploadId }).strict(), output: AttachmentSchema },
  /** As 'templates:attach', for the file picked in the desktop's own dialog; null when cancelled. */
  'templates:choose-attachment': { input: NoInput, output: AttachmentSchema.nullable() },
  /** As 'templates:attach', for the file dropped on the desktop app's window. */
  'templates:attach-path': { input: z.object({ path: DroppedPath }).strict(), output: AttachmentSchema },
  'templates:preview': {
    input: z
      .object({
        listId: ListId,
        variants: z.array(VariantSchema).min(1).max(maxVariants),
        variantRule: VariantRuleSchema.optional(),
        ...Paging,
      })
      .strict(),
    output: PreviewSchema,
  },
  'campaigns:list': { input: NoInput, output: z.array(CampaignSchema) },
  'campaigns:get': { input: CampaignRef, output: CampaignSchema },
  /** Before start; `dryRun` and `skipRecentDays` as the campaign would be created (the cap's count). */
  'campaigns:estimate': {
    input: z
      .object({
        listId: ListId,
        pace: z.enum(campaignPacePresets),
        dryRun: z.boolean().optional(),
        skipRecentDays: SkipRecentDaysSchema.optional(),
        /** The numbers it would send from, as for 'campaigns:create'. */
        accounts: CampaignInputSchema.shape.accounts,
      })
      .strict(),
    output: z.object({
      messages: z.number().int(),
      finishAt: z.string().nullable(),
      days: z.number().int(),
      /** Contacts left out for a Herald message in the last `skipRecentDays` days (0 when that is 0). */
      recentlyContacted: z.number().int(),
      skipRecentDays: z.number().int(),
      /** Campaigns sending on the same account now: the estimate counts their messages too. */
      sharing: z.array(z.string()),
      /** The warm-up day of a new number and what it allows; null when over or declared established. */
      warmUp: z
        .object({ day: z.number().int(), hourlyCap: z.number().int(), dailyCap: z.number().int() })
        .nullable(),
      /** With several numbers, each one's share and when its last message goes; empty with one. */
      numbers: z.array(
        z.object({
          accountId: z.number().int(),
          name: z.string(),
          messages: z.number().int(),
          finishAt: z.string().nullable(),
        }),
      ),
    }),
  },
  'campaigns:create': { input: CampaignInputSchema, output: CampaignSchema },
  'campaigns:start': {
    input: z.object({ campaignId: z.number().int().positive(), at: z.iso.datetime().optional() }).strict(),
    output: CampaignSchema,
  },
  'campaigns:pause': { input: CampaignRef, output: CampaignSchema },
  'campaigns:resume': { input: CampaignRef, output: CampaignSchema },
  'campaigns:stop': { input: CampaignRef, output: CampaignSchema },
  /** The Inbox's conversations, filtered and paged, with how many match and how many are unread. */
  'inbox:list': { input: InboxQuerySchema, output: InboxPageSchema },
  /** One conversation with the campaign message and every reply; opening it marks it read. */
  'inbox:open': {
    input: z.object({ conversationId: z.number().int().positive() }).strict(),
    output: ConversationSchema,
  },
  /** New, Lead (with a note), Handled or Opted out (which puts the number on the opt-out list). */
  'inbox:mark': { input: ConversationMarkSchema, output: ConversationSummarySchema },
  /** The filtered Inbox as a table of leads (CSV or Excel), saved where the user chooses. */
  'inbox:export': {
    input: z
      .object({
        query: InboxQuerySchema,
        format: z.enum(['csv', 'xlsx']),
        timeZone: z.string().min(1).max(64).optional(),
        language: ReportLanguageSchema.optional(),
      })
      .strict(),
    output: SavedFileSchema,
  },
  /**
   * The quick reply: a text sent from the number the conversation came to, at that number's pace and
   * logged like a campaign message; answers once its send is settled (sent, failed or uncertain), with the
   * conversation. Refused in words for an opted-out contact, a dry run's reply or a number not connected.
   */
  'inbox:reply-send': {
    // The answer's length is refused in words (with its count) by the main process; this bounds the request
    input: z
      .object({ conversationId: z.number().int().positive(), text: z.string().max(maxQuickReply * 2) })
      .strict(),
    output: ConversationSchema,
  },
  /**
   * A contact's photo, voice message or file, fetched from WhatsApp through the conversation's number and
   * saved (in the data folder's inbox-media by default) under a name made from its kind and date.
   */
  'inbox:save-media': {
    input: z.object({ messageId: z.number().int().positive() }).strict(),
    output: SavedFileSchema,
  },
  /**
   * "Move the rest to the other numbers": the queued messages of one number of the campaign go to its other
   * numbers whose share is not paused. Only ever on the user's word: nothing moves by itself.
   */
  'campaigns:move-rest': {
    input: z.object({ campaignId: z.number().int().positive(), accountId: AccountId }).strict(),
    output: CampaignSchema,
  },
  'campaigns:delete': { input: CampaignRef, output: z.null() },
  'campaigns:progress': { input: CampaignRef, output: CampaignProgressSchema },
  'analytics:get': { input: AnalyticsQuerySchema, output: AnalyticsSchema },
  /** The Dashboard's layouts of this workspace, by name, and the one in use (made on first ask). */
  'dashboard:layouts': { input: NoInput, output: DashboardLayoutsSchema },
  /** A layout's widgets rearranged, resized, hidden or shown; each change is saved as it is made. */
  'dashboard:layout-save': {
    input: z.object({ layoutId: LayoutIdSchema, widgets: LayoutWidgetsSchema }).strict(),
    output: DashboardLayoutsSchema,
  },
  /** "Save as new layout": under a name no other layout has (CONFLICT), and in use from then on. */
  'dashboard:layout-add': {
    input: z.object({ name: LayoutNameSchema, widgets: LayoutWidgetsSchema }).strict(),
    output: DashboardLayoutsSchema,
  },
  'dashboard:layout-rename': {
    input: z.object({ layoutId: LayoutIdSchema, name: LayoutNameSchema }).strict(),
    output: DashboardLayoutsSchema,
  },
  /** Never the last layout (CONFLICT); another takes the place of the one in use. */
  'dashboard:layout-delete': {
    input: z.object({ layoutId: LayoutIdSchema }).strict(),
    output: DashboardLayoutsSchema,
  },
  'dashboard:layout-use': {
    input: z.object({ layoutId: LayoutIdSchema }).strict(),
    output: DashboardLayoutsSchema,
  },
  'history:messages': { input: MessageLogQuerySchema, output: MessageLogPageSchema },
  'history:retry': { input: RetryInputSchema, output: RetryResultSchema },
  /** Asks where to save (a dialog in the app; the exports folder in the browser run), then streams. */
  'reports:export': { input: ExportInputSchema, output: SavedFileSchema },
  /** Only for a file this run exported or backed up. */
  'reports:show-in-folder': {
    input: z.object({ file: z.string().min(1).max(4096) }).strict(),
    output: z.object({ shown: z.boolean() }),
  },
  /** The campaign's printed report as PDF (Electron); the browser run prints from the page instead. */
  'reports:pdf': {
    input: CampaignRef.extend({ language: ReportLanguageSchema.optional() }).strict(),
    output: SavedFileSchema,
  },
  /** The saved custom reports, by name. */
  'customReports:list': { input: NoInput, output: z.array(SavedReportSchema) },
  'customReports:save': { input: SaveReportInputSchema, output: SavedReportSchema },
  /** A copy under a new name; CONFLICT when that name is taken. */
  'customReports:duplicate': { input: DuplicateReportInputSchema, output: SavedReportSchema },
  'customReports:delete': { input: z.object({ name: ReportNameSchema }).strict(), output: z.null() },
  /** The report's first rows, how many there are, and its totals, for the builder's live preview. */
  'customReports:preview': { input: PreviewReportInputSchema, output: ReportPreviewSchema },
  /** Asks where to save (a dialog in the app; the exports folder in the browser run), then writes. */
  'customReports:export': { input: ExportReportInputSchema, output: SavedFileSchema },
  /** The report's printed page as PDF (Electron); the browser run prints from the page instead. */
  'customReports:pdf': { input: ReportDraftInputSchema, output: SavedFileSchema },
  /** The schedules of saved reports (of one report, by name), where files go, and the reports there are. */
  'reportSchedules:list': {
    input: z.object({ report: z.string().min(1).max(200).optional() }).strict(),
    output: ReportScheduleListSchema,
  },
  /** Adds a schedule, or changes the one `id` names. */
  'reportSchedules:save': { input: ReportScheduleInputSchema, output: ReportScheduleSchema },
  'reportSchedules:delete': {
    input: z.object({ scheduleId: z.number().int().positive() }).strict(),
    output: z.null(),
  },
  /** The run history, latest first: of one schedule, one report, or all. */
  'reportSchedules:runs': {
    input: z
      .object({
        scheduleId: z.number().int().positive().optional(),
        report: z.string().min(1).max(200).optional(),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    output: z.array(ReportScheduleRunSchema),
  },
  /** Writes the schedule's report now; its next time stays as it was. */
  'reportSchedules:run-now': {
    input: z.object({ scheduleId: z.number().int().positive() }).strict(),
    output: ReportScheduleRunSchema,
  },
  /** A folder for a schedule, from the app's folder dialog (null: cancelled); the browser run has none. */
  'reportSchedules:choose-folder': {
    input: z.object({ folder: z.string().min(1).max(4096).nullable().default(null) }).strict(),
    output: z.object({ folder: z.string().nullable() }),
  },
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
  /** The alert rules, with a hint of each webhook's secret (never the secret). */
  'alerts:list': { input: NoInput, output: z.array(AlertRuleSchema) },
  /** A new rule, or a change to one (`id`); a change without `secret` keeps the rule's own. */
  'alerts:save': { input: AlertRuleInputSchema, output: AlertRuleSchema },
  'alerts:delete': { input: z.object({ ruleId: z.number().int().positive() }).strict(), output: z.null() },
  /** "Send test": a sample alert to each of the rule's targets, tried once; the attempts it made. */
  'alerts:test': {
    input: z.object({ ruleId: z.number().int().positive() }).strict(),
    output: z.array(AlertDeliverySchema),
  },
  /** The delivery log, newest first: every attempt, of one rule or of all. */
  'alerts:deliveries': { input: AlertDeliveriesQuerySchema, output: z.array(AlertDeliverySchema) },
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
