import { z } from 'zod'
import { messageStatuses } from './campaigns'

// A custom report is a typed definition, never SQL: src-main/db/report-compiler.ts turns it into one
// parameterised query over allow-listed columns.

/** What a report counts. Only messages for now; contacts, campaigns and replies are left for later. */
export const reportRowKinds = ['messages'] as const
export type ReportRowKind = (typeof reportRowKinds)[number]

/**
 * Times are UTC and a message belongs to the period of when it was queued, as on the Dashboard and in
 * `herald analytics`. `week` is the Monday that starts it (YYYY-MM-DD), `month` YYYY-MM, `hour` 0–23,
 * `weekday` 0 (Sunday) to 6, as the Dashboard's heatmap counts them. `country` is the country of the number
 * as the Dashboard tells it (ISO code, or +calling code when the number belongs to none).
 */
export const reportGroups = [
  'day',
  'week',
  'month',
  'hour',
  'weekday',
  'campaign',
  'template',
  'variant',
  'country',
  'account',
  'errorCategory',
] as const
export type ReportGroup = (typeof reportGroups)[number]

/**
 * Stage counts are cumulative like the Dashboard's funnel (`sent` counts what was sent, delivered, read or
 * replied); rates are those of rates.ts: success out of sent + failed, every other rate out of sent.
 * Median and 90th-percentile times are left for later.
 */
export const reportMeasures = [
  'messages',
  'sent',
  'delivered',
  'read',
  'replied',
  'failed',
  'skipped',
  'optedOut',
  'successRate',
  'deliveryRate',
  'readRate',
  'replyRate',
  'optOutRate',
] as const
export type ReportMeasure = (typeof reportMeasures)[number]

/** Which groups a report of these rows may use (the report builder offers only these). */
export function groupsFor(rows: ReportRowKind): readonly ReportGroup[] {
  switch (rows) {
    case 'messages':
      return reportGroups
  }
}

/** Which measures a report of these rows may use (the report builder offers only these). */
export function measuresFor(rows: ReportRowKind): readonly ReportMeasure[] {
  switch (rows) {
    case 'messages':
      return reportMeasures
  }
}

/** Words for the report builder and the README. */
export const reportRowKindLabels: Record<ReportRowKind, string> = { messages: 'Messages' }

export const reportGroupLabels: Record<ReportGroup, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  hour: 'Hour of day',
  weekday: 'Weekday',
  campaign: 'Campaign',
  template: 'Template',
  variant: 'Variant',
  country: 'Country',
  account: 'Sending number',
  errorCategory: 'Error category',
}

export const reportMeasureLabels: Record<ReportMeasure, string> = {
  messages: 'Messages',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  replied: 'Replied',
  failed: 'Failed',
  skipped: 'Skipped',
  optedOut: 'Opted out',
  successRate: 'Success rate',
  deliveryRate: 'Delivery rate',
  readRate: 'Read rate',
  replyRate: 'Reply rate',
  optOutRate: 'Opt-out rate',
}

/** Whether a measure is a share (0–1, shown as a percentage) rather than a count or a time. */
export const isRateMeasure = (measure: ReportMeasure): boolean => measure.endsWith('Rate')

const dateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, e.g. 2026-03-01.' })
  .refine(
    (text) => {
      const day = new Date(`${text}T00:00:00Z`)
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text)
    },
    {
      error: 'That day does not exist; write the date as YYYY-MM-DD, e.g. 2026-03-01.',
    },
  )

const id = z.number().int().positive()
const few = <T extends z.ZodType>(item: T): z.ZodArray<T> => z.array(item).min(1).max(500)

export const ReportFiltersSchema = z
  .object({
    since: dateText.optional(),
    until: dateText.optional(),
    campaigns: few(id).optional(),
    statuses: few(z.enum(messageStatuses)).optional(),
    countries: few(
      z.string().regex(/^[A-Z]{2}$/, { error: 'Write a country as its 2-letter code, e.g. GB.' }),
    ).optional(),
    accounts: few(id).optional(),
    variants: few(z.string().min(1).max(200)).optional(),
    listId: id.optional(),
    /** Real campaigns only ('live', the default, as in `herald analytics`), dry runs only, or both. */
    dryRuns: z.enum(['live', 'dry', 'all']).default('live'),
  })
  .strict()
  .refine((f) => !f.since || !f.until || f.since <= f.until, {
    error: 'The start date (since) comes after the end date (until).',
  })

const distinct = <T>(items: readonly T[]): boolean => new Set(items).size === items.length

export const ReportDefinitionSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    rows: z.enum(reportRowKinds),
    filters: ReportFiltersSchema.default({ dryRuns: 'live' }),
    groupBy: z
      .array(z.enum(reportGroups))
      .max(3, { error: 'Group by at most 3 things.' })
      .refine(distinct, { error: 'Each group may appear once.' })
      .default([]),
    measures: z
      .array(z.enum(reportMeasures))
      .min(1, { error: 'Choose at least one measure.' })
      .refine(distinct, { error: 'Each measure may appear once.' }),
  })
  .strict()
export type ReportDefinition = z.infer<typeof ReportDefinitionSchema>
export type ReportDefinitionInput = z.input<typeof ReportDefinitionSchema>
export type ReportFilters = ReportDefinition['filters']
