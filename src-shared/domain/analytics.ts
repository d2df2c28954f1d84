import { z } from 'zod'
import { PhraseSchema } from '../i18n/phrase'
import { campaignStatuses, errorCategories, messageStatuses, StatusCountsSchema } from './campaigns'

const dateText = z
  .string()
  .max(10, { error: 'Write the date as YYYY-MM-DD, e.g. 2026-03-01.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, e.g. 2026-03-01.' })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && isCalendarDate(text), {
    error: 'That day does not exist; write the date as YYYY-MM-DD, e.g. 2026-03-01.',
  })

function isCalendarDate(text: string): boolean {
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text
}

/**
 * Which messages the analytics cover. A message belongs to a day by its `queued_at` (UTC): every message
 * has one, so failures and messages still waiting are counted in the period they were created for.
 * Both dates are inclusive. `accountId` keeps the messages of one sending number.
 */
export const AnalyticsQuerySchema = z
  .object({
    campaignId: z.number().int().positive().optional(),
    since: dateText.optional(),
    until: dateText.optional(),
    /** Real campaigns only ('live', the default), dry runs only, or both. */
    dryRun: z.enum(['live', 'dry', 'all']).default('live'),
    accountId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((q) => !q.since || !q.until || q.since <= q.until, {
    error: 'The start date comes after the end date.',
  })
export type AnalyticsQuery = z.input<typeof AnalyticsQuerySchema>
export type DryRunFilter = NonNullable<AnalyticsQuery['dryRun']>

/** Median and 90th percentile, in seconds; null when no message reached that stage. */
export const DurationStatsSchema = z.object({
  count: z.number().int(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
})
export type DurationStats = z.infer<typeof DurationStatsSchema>

/** Rates are fractions in [0, 1]; null when their denominator is zero. */
export const AnalyticsRatesSchema = z.object({
  attempted: z.number().int(),
  /** sent / attempted (attempted = reached sent + failed). */
  success: z.number().nullable(),
  /** delivered / sent. */
  delivery: z.number().nullable(),
  /** read / sent (src-shared/domain/rates.ts). */
  read: z.number().nullable(),
  /** Delivered messages to numbers that have never sent a read receipt (they can only show as read by replying). */
  deliveredWithoutReadReceipts: z.number().int(),
  /** Distinct numbers among those that have never sent a read receipt. */
  numbersWithoutReadReceipts: z.number().int(),
  /** replied / sent. */
  reply: z.number().nullable(),
  optOuts: z.number().int(),
  /** opt-outs by reply / sent. */
  optOut: z.number().nullable(),
  timeToDeliver: DurationStatsSchema,
  timeToRead: DurationStatsSchema,
  timeToReply: DurationStatsSchema,
  /** Sum over campaigns of first send → last send. */
  durationSeconds: z.number(),
  /** Sent messages per hour of `durationSeconds`; null when nothing was sent over a measurable time. */
  throughputPerHour: z.number().nullable(),
})
export type AnalyticsRates = z.infer<typeof AnalyticsRatesSchema>

/** Cumulative: a read message counts as delivered and sent; a reply counts as read. */
export const FunnelSchema = z.object({
  queued: z.number().int(),
  sent: z.number().int(),
  delivered: z.number().int(),
  read: z.number().int(),
  replied: z.number().int(),
})
export type Funnel = z.infer<typeof FunnelSchema>

/** matrix[weekday][hour], weekday 0 = Sunday, hours in UTC. */
const MatrixSchema = z.array(z.array(z.number().int()).length(24)).length(7)

export const HourlySchema = z.object({
  /** Sends by the hour they were sent. */
  sends: MatrixSchema,
  /** Replies by the hour they came in. */
  replies: MatrixSchema,
  /** The UTC hour whose sends got the most replies per send, among hours with enough sends. */
  bestHour: z
    .object({ hour: z.number().int(), sends: z.number().int(), replied: z.number().int(), rate: z.number() })
    .nullable(),
  minimumSends: z.number().int(),
})
export type Hourly = z.infer<typeof HourlySchema>

export const VariantStatsSchema = z.object({
  variant: z.string(),
  sent: z.number().int(),
  replied: z.number().int(),
  replyRate: z.number().nullable(),
})
export type VariantStats = z.infer<typeof VariantStatsSchema>

export const VariantComparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  z: z.number(),
  pValue: z.number(),
  significant: z.boolean(),
  verdict: z.string(),
  /** The verdict as a phrase the window words in the user's language; absent from older reports. */
  verdictPhrase: PhraseSchema.optional(),
})
export type VariantComparison = z.infer<typeof VariantComparisonSchema>

export const VariantsSchema = z.object({
  list: z.array(VariantStatsSchema),
  /** The two best reply rates compared; null with fewer than two variants sent. */
  comparison: VariantComparisonSchema.nullable(),
})

export const ErrorStatsSchema = z.object({
  category: z.enum(errorCategories),
  label: z.string(),
  count: z.number().int(),
  recommendation: z.string(),
})

export const DailySchema = z.object({
  date: z.string(),
  sent: z.number().int(),
  delivered: z.number().int(),
  read: z.number().int(),
  replied: z.number().int(),
  failed: z.number().int(),
})

export const CountryStatsSchema = z.object({
  /** ISO 3166 code, or null when the number's country cannot be told. */
  country: z.string().nullable(),
  callingCode: z.string(),
  messages: z.number().int(),
  sent: z.number().int(),
  replied: z.number().int(),
  failed: z.number().int(),
})

export const CampaignCountsSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.enum(campaignStatuses),
  dryRun: z.boolean(),
  counts: StatusCountsSchema,
})

/** A sending number, as the analytics name it: a removed one still names what it sent. */
export const NumberChoiceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  removed: z.boolean(),
})
export type NumberChoice = z.infer<typeof NumberChoiceSchema>

/** What one sending number did in the scope; counts are cumulative as in the funnel. */
export const AccountStatsSchema = NumberChoiceSchema.extend({
  messages: z.number().int(),
  sent: z.number().int(),
  delivered: z.number().int(),
  read: z.number().int(),
  replied: z.number().int(),
  failed: z.number().int(),
  optOuts: z.number().int(),
  /** replied / sent, null when nothing was sent. */
  replyRate: z.number().nullable(),
  /** opt-outs by reply / sent, null when nothing was sent. */
  optOutRate: z.number().nullable(),
})
export type AccountStats = z.infer<typeof AccountStatsSchema>

/** Below this many messages sent, a template's rates are marked as too early to tell. */
export const minimumSendsForTemplates = 30

/** One message template's campaigns in the scope: how many went through and how many were answered. */
export const TemplateStatsSchema = z.object({
  /** The template's name as its campaigns kept it. */
  template: z.string(),
  campaigns: z.number().int(),
  messages: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  replied: z.number().int(),
  /** sent / attempted, null when nothing was attempted. */
  successRate: z.number().nullable(),
  /** replied / sent, null when nothing was sent. */
  replyRate: z.number().nullable(),
  /** Fewer than `minimumSendsForTemplates` sent: its rates say little yet. */
  smallSample: z.boolean(),
})
export type TemplateStats = z.infer<typeof TemplateStatsSchema>

/**
 * The replies that came in during the period (by when they came, not when the message was queued), and
 * where the conversations of the people who sent them stand now.
 */
export const InboxStatsSchema = z.object({
  replies: z.number().int(),
  /** People who replied in the period. */
  contacts: z.number().int(),
  /** Of them: not dealt with yet, marked Lead, handled, opted out. */
  waiting: z.number().int(),
  leads: z.number().int(),
  handled: z.number().int(),
  optedOut: z.number().int(),
})
export type InboxStats = z.infer<typeof InboxStatsSchema>

/** The line above the dashboard: over the same period, campaign and kind as the rest. */
export const HeadlineSchema = z.object({
  campaigns: z.number().int(),
  sent: z.number().int(),
  replied: z.number().int(),
  failed: z.number().int(),
  replyRate: z.number().nullable(),
  /** Answers sent from the Inbox to the contacts who replied. */
  answered: z.number().int(),
})
export type Headline = z.infer<typeof HeadlineSchema>

export const AnalyticsSchema = z.object({
  totals: z.record(z.enum(messageStatuses), z.number().int()),
  rates: AnalyticsRatesSchema,
  funnel: FunnelSchema,
  hourly: HourlySchema,
  variants: VariantsSchema,
  errors: z.array(ErrorStatsSchema),
  daily: z.array(DailySchema),
  countries: z.array(CountryStatsSchema),
  campaigns: z.array(CampaignCountsSchema),
  /** One row per sending number with messages in the scope, first number first. */
  byAccount: z.array(AccountStatsSchema),
  /** Every number that has any message (whatever the scope): what the number filter offers. */
  accounts: z.array(NumberChoiceSchema),
  headline: HeadlineSchema,
  /** Templates, best first: enough messages sent, then reply rate, then success rate. */
  templates: z.array(TemplateStatsSchema),
  inbox: InboxStatsSchema,
})
export type Analytics = z.infer<typeof AnalyticsSchema>

/** The keys `herald analytics --json` prints, in order. */
export const analyticsJsonKeys = [
  'totals',
  'rates',
  'funnel',
  'hourly',
  'variants',
  'errors',
  'daily',
  'countries',
  'campaigns',
  'byAccount',
] as const
