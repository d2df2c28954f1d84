import type { RequestChannel } from '../channels'
import { z } from 'zod'
import {
  AlertDeliveriesQuerySchema,
  AlertDeliverySchema,
  AlertRuleInputSchema,
  AlertRuleSchema,
} from '../../domain/alerts'
import { AnalyticsQuerySchema, AnalyticsSchema } from '../../domain/analytics'
import {
  DuplicateReportInputSchema,
  ExportReportInputSchema,
  PreviewReportInputSchema,
  ReportDraftInputSchema,
  ReportNameSchema,
  ReportPreviewSchema,
  SaveReportInputSchema,
  SavedReportSchema,
} from '../../domain/custom-reports'
import {
  DashboardLayoutsSchema,
  LayoutIdSchema,
  LayoutNameSchema,
  LayoutWidgetsSchema,
} from '../../domain/dashboard-layout'
import {
  ReportScheduleInputSchema,
  ReportScheduleListSchema,
  ReportScheduleRunSchema,
  ReportScheduleSchema,
} from '../../domain/report-schedules'
import { ExportInputSchema, ReportLanguageSchema, SavedFileSchema } from '../../domain/reports'
import type { ChannelDef } from './common'
import { NoInput, CampaignRef } from './common'

/** Results: analytics, the Dashboard’s layouts, exports, custom and scheduled reports, alerts. */
export const resultsRequests = {
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
} satisfies Partial<Record<RequestChannel, ChannelDef>>
