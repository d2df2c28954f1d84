import { z } from 'zod'
import { messageStatuses } from './campaigns'

// A custom report is a typed definition, never SQL: src-main/db/report-compiler.ts turns it into bound
// queries over allow-listed columns. The README's "Custom reports" section is the reference for users.

/**
 * What a report counts, one row kind each:
 * - `messages`: the campaign messages the filters keep.
 * - `contacts`: each distinct number those messages went to; a contact counts at a stage (sent, replied…)
 *   when any of its messages reached it, and falls in every group one of its messages falls in.
 * - `campaigns`: the campaigns with at least one message the filters keep, and those messages' counts.
 * - `replies`: the replies received (the Inbox's conversations); times are the reply's, the campaign is
 *   the one replied to, the country the contact's.
 */
export const reportRowKinds = ['messages', 'contacts', 'campaigns', 'replies'] as const
export type ReportRowKind = (typeof reportRowKinds)[number]

/**
 * Times are UTC. A message belongs to the day, week and month it was queued (as on the Dashboard and in
 * `herald analytics`), but to the hour and weekday it was sent (as the Dashboard's heatmap counts them;
 * a message never sent has none). `week` is the Monday that starts it (YYYY-MM-DD), `month` YYYY-MM,
 * `hour` 0–23, `weekday` 0 (Sunday) to 6. `country` is the country of the number as the Dashboard tells
 * it (ISO code, or +calling code when the number belongs to none). A reply's times are when it came.
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
 * Stage counts are cumulative like the Dashboard's funnel: a message reached a stage when it has that
 * stage's time or a later one's (`sent` counts what was sent, delivered, read or replied). Rates are those
 * of rates.ts: success out of sent + failed, every other rate of messages out of sent.
 *
 * Times are in seconds from sent to delivered, read or replied, over the messages that have both times:
 * the median and the 90th percentile by linear interpolation between the closest ranks (R's type 7, as
 * the Dashboard computes them: the median of 1, 2, 3 and 4 s is 2.5 s), rounded to the millisecond; empty
 * when no message reached the stage.
 *
 * Replies: `replies` counts them, `contacts` the people who sent them, `leads` and `optedOut` those of
 * these people whose conversation is now marked Lead or opted out; `leadRate` and `optOutRate` are out of
 * `contacts`. Contacts and campaigns: see reportRowKinds.
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
  'contacts',
  'campaigns',
  'finished',
  'replies',
  'leads',
  'leadRate',
  'medianDeliverSeconds',
  'p90DeliverSeconds',
  'medianReadSeconds',
  'p90ReadSeconds',
  'medianReplySeconds',
  'p90ReplySeconds',
] as const
export type ReportMeasure = (typeof reportMeasures)[number]

/** The filters a definition may set (`dryRuns` always applies). */
export const reportFilterNames = [
  'since',
  'until',
  'campaigns',
  'statuses',
  'countries',
  'accounts',
  'variants',
  'listId',
] as const
export type ReportFilterName = (typeof reportFilterNames)[number]

const stageCounts = ['sent', 'delivered', 'read', 'replied', 'failed', 'skipped', 'optedOut'] as const
const messageRates = ['successRate', 'deliveryRate', 'readRate', 'replyRate', 'optOutRate'] as const
const times = [
  'medianDeliverSeconds',
  'p90DeliverSeconds',
  'medianReadSeconds',
  'p90ReadSeconds',
  'medianReplySeconds',
  'p90ReplySeconds',
] as const

const allowed: Record<
  ReportRowKind,
  {
    groups: readonly ReportGroup[]
    measures: readonly ReportMeasure[]
    filters: readonly ReportFilterName[]
  }
> = {
  messages: {
    groups: reportGroups,
    measures: ['messages', ...stageCounts, ...messageRates, ...times],
    filters: reportFilterNames,
  },
  contacts: {
    groups: reportGroups,
    measures: ['contacts', ...stageCounts, ...messageRates],
    filters: reportFilterNames,
  },
  campaigns: {
    groups: ['day', 'week', 'month', 'campaign', 'template', 'account'],
    measures: ['campaigns', 'finished', 'messages', ...stageCounts, ...messageRates, ...times],
    filters: reportFilterNames,
  },
  replies: {
    groups: ['day', 'week', 'month', 'hour', 'weekday', 'campaign', 'template', 'country', 'account'],
    measures: ['replies', 'contacts', 'leads', 'optedOut', 'leadRate', 'optOutRate'],
    filters: ['since', 'until', 'campaigns', 'countries', 'accounts', 'listId'],
  },
}

/** Which groups a report of these rows may use (the report builder offers only these). */
export function groupsFor(rows: ReportRowKind): readonly ReportGroup[] {
  return allowed[rows].groups
}

/** Which measures a report of these rows may use, in the order the report builder offers them. */
export function measuresFor(rows: ReportRowKind): readonly ReportMeasure[] {
  return allowed[rows].measures
}

/** Which filters a report of these rows may set (replies have no message status or variant). */
export function filtersFor(rows: ReportRowKind): readonly ReportFilterName[] {
  return allowed[rows].filters
}

/** Words for the report builder and the README. */
export const reportRowKindLabels: Record<ReportRowKind, string> = {
  messages: 'Messages',
  contacts: 'Contacts',
  campaigns: 'Campaigns',
  replies: 'Replies',
}

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
  contacts: 'Contacts',
  campaigns: 'Campaigns',
  finished: 'Finished campaigns',
  replies: 'Replies',
  leads: 'Leads',
  leadRate: 'Lead rate',
  medianDeliverSeconds: 'Median time to deliver',
  p90DeliverSeconds: '90% delivered within',
  medianReadSeconds: 'Median time to read',
  p90ReadSeconds: '90% read within',
  medianReplySeconds: 'Median time to reply',
  p90ReplySeconds: '90% replied within',
}

/** Whether a measure is a share (0–1, shown as a percentage) rather than a count or a time. */
export const isRateMeasure = (measure: ReportMeasure): boolean => measure.endsWith('Rate')

/** Whether a measure is a time in seconds (a median or a 90th percentile). */
export const isTimeMeasure = (measure: ReportMeasure): boolean => measure.endsWith('Seconds')

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

/** "a, b or c" */
const oneOf = (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`

/** Refuses what a row kind does not allow, naming the field, what it has and what it may have. */
function checkRowKind(
  def: { rows: ReportRowKind; groupBy: ReportGroup[]; measures: ReportMeasure[]; filters: object },
  ctx: z.core.$RefinementCtx,
): void {
  const rule = allowed[def.rows]
  const rows = reportRowKindLabels[def.rows].toLowerCase()
  def.groupBy.forEach((group, i) => {
    if (!rule.groups.includes(group))
      ctx.addIssue({
        code: 'custom',
        path: ['groupBy', i],
        message: `A report of ${rows} cannot be grouped by ${group}; group it by ${oneOf(rule.groups)}.`,
      })
  })
  def.measures.forEach((measure, i) => {
    if (!rule.measures.includes(measure))
      ctx.addIssue({
        code: 'custom',
        path: ['measures', i],
        message: `A report of ${rows} cannot measure ${measure}; choose among ${oneOf(rule.measures)}.`,
      })
  })
  for (const name of reportFilterNames) {
    if (Object.hasOwn(def.filters, name) && !rule.filters.includes(name))
      ctx.addIssue({
        code: 'custom',
        path: ['filters', name],
        message: `A report of ${rows} cannot be filtered by ${name}; remove it (${rows} may be filtered by ${oneOf(rule.filters)}).`,
      })
  }
}

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
  .superRefine(checkRowKind)
export type ReportDefinition = z.infer<typeof ReportDefinitionSchema>
export type ReportDefinitionInput = z.input<typeof ReportDefinitionSchema>
export type ReportFilters = ReportDefinition['filters']
