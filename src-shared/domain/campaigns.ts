import { z } from 'zod'
import { PhraseSchema } from '../i18n/phrase'
import { AttachmentSchema } from './attachments'
import { pacingPresetIds } from './pacing'

/** The most wordings one message may have. */
export const maxVariants = 10
const maxVariantName = 40
/** A contact field's key, as a column header becomes one. */
const maxFieldKey = 200

/** One wording of a message. `body` holds {{field|fallback}} placeholders and {a|b} spintax. */
export const VariantSchema = z.object({
  name: z.string().trim().min(1).max(maxVariantName),
  body: z.string().trim().min(1, { error: 'Write the message.' }).max(4000),
})
export type Variant = z.infer<typeof VariantSchema>

export const TemplateSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  variants: z.array(VariantSchema).min(1),
  /** The image or PDF sent with every message, as 'templates:attach' stored it. */
  attachment: AttachmentSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Template = z.infer<typeof TemplateSchema>

export const TemplateInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    name: z.string().trim().min(1, { error: 'Give the message a name.' }).max(120),
    variants: z.array(VariantSchema).min(1).max(maxVariants),
    /** From 'templates:attach'; null removes it, left out keeps what the template has. */
    attachment: AttachmentSchema.nullable().optional(),
  })
  .strict()
export type TemplateInput = z.infer<typeof TemplateInputSchema>

/** How each contact's variant is chosen. */
export const VariantRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single') }),
  /** Percentages per variant name; they add up to 100. */
  z.object({
    kind: z.literal('split'),
    weights: z
      .record(z.string().max(maxVariantName), z.number().min(0).max(100))
      .refine((weights) => Object.keys(weights).length <= maxVariants, {
        error: `Split between at most ${maxVariants} wordings.`,
      }),
  }),
  /** A field's value decides: e.g. no website → "creation", a website → "enhancement". */
  z.object({
    kind: z.literal('condition'),
    field: z
      .string()
      .min(1)
      .max(maxFieldKey, { error: `Keep the field name under ${maxFieldKey} characters.` }),
    test: z.enum(['empty', 'not_empty', 'equals', 'contains']),
    value: z
      .string()
      .max(1000, { error: 'Keep the value to compare with under 1000 characters.' })
      .optional(),
    then: z.string().max(maxVariantName),
    otherwise: z.string().max(maxVariantName),
  }),
])
export type VariantRule = z.infer<typeof VariantRuleSchema>

export const campaignPacePresets = [...pacingPresetIds, 'none'] as const

/** Everything that decides when a message may go. Times are "HH:MM" in the recipient's local time. */
export const PacingSpecSchema = z.object({
  preset: z.enum(campaignPacePresets),
  minDelaySeconds: z.number().min(0),
  maxDelaySeconds: z.number().min(0),
  batchSize: z.number().int().min(1),
  batchPauseMinutes: z.number().min(0),
  hourlyCap: z.number().int().min(1),
  dailyCap: z.number().int().min(1),
  windowStart: z.string(),
  windowEnd: z.string(),
  /** Follow the warm-up schedule for a new number (lower caps for its first days). */
  warmUp: z.boolean(),
  typingSeconds: z.number().min(0),
})
export type PacingSpec = z.infer<typeof PacingSpecSchema>

export const campaignStatuses = [
  'draft',
  'scheduled',
  'running',
  'paused',
  'completed',
  'cancelled',
  'interrupted',
] as const
export type CampaignStatus = (typeof campaignStatuses)[number]

export const messageStatuses = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'read',
  'replied',
  'failed',
  'skipped',
] as const
export type MessageStatus = (typeof messageStatuses)[number]

export const errorCategories = [
  'invalid_number',
  'not_on_whatsapp',
  'opted_out',
  'duplicate',
  'disconnected',
  'session_lost',
  'rate_limited',
  'timeout',
  'network',
  'media_error',
  'uncertain',
  'unknown',
  'new_chat_refused',
  'recently_contacted',
] as const
export type ErrorCategory = (typeof errorCategories)[number]

/** The failures that pause a campaign instead of ending one message (error-categories.ts holds them to it). */
export const pausingCategories = ['disconnected', 'session_lost', 'rate_limited'] as const
export type PausingCategory = (typeof pausingCategories)[number]

/**
 * Why a paused campaign paused, as data: code decides by it (auto-resume), and `statusReason` holds the
 * words the user reads. 'user': the user paused it; 'connection': Herald paused it when WhatsApp stopped
 * being ready; a pausing category: the engine met that failure; 'breaker' and 'safety': the number's
 * protections; 'storage': the database refused a write; 'unexpected_error': an uncaught exception.
 */
export const pauseCauses = [
  'user',
  'connection',
  ...pausingCategories,
  'breaker',
  'safety',
  'storage',
  'unexpected_error',
] as const
export type PauseCause = (typeof pauseCauses)[number]

export const StatusCountsSchema = z.record(z.enum(messageStatuses), z.number().int())
export type StatusCounts = Record<MessageStatus, number>

export const CampaignSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  listId: z.number().int(),
  listName: z.string(),
  templateId: z.number().int(),
  templateName: z.string(),
  status: z.enum(campaignStatuses),
  dryRun: z.boolean(),
  pacing: PacingSpecSchema,
  variantRule: VariantRuleSchema,
  /** The template's attachment when the campaign was created: fixed for the campaign's life. */
  attachment: AttachmentSchema.nullable(),
  /** Why the campaign paused itself or stopped, in English words (the CLI, older rows)… */
  statusReason: z.string().nullable(),
  /** …and as a phrase the window words in the user's language; absent when there is none. */
  statusReasonPhrase: PhraseSchema.nullable().optional(),
  scheduledAt: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  counts: StatusCountsSchema,
  total: z.number().int(),
})
export type Campaign = z.infer<typeof CampaignSchema>

/** The contact frequency cap's longest reach: a year. */
export const maxSkipRecentDays = 365

/** Leave out numbers that got a Herald message in the last N days; 0 sends to everyone on the list. */
export const SkipRecentDaysSchema = z
  .number()
  .int({ error: 'Enter the days as a whole number.' })
  .min(0, { error: 'Enter 0 days or more (0 leaves nobody out).' })
  .max(maxSkipRecentDays, { error: `Enter ${maxSkipRecentDays} days or fewer.` })

export const CampaignInputSchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    listId: z.number().int().positive(),
    templateId: z.number().int().positive(),
    dryRun: z.boolean(),
    pace: z.enum(campaignPacePresets),
    variantRule: VariantRuleSchema.optional(),
    scheduledAt: z.iso.datetime().optional(),
    /** Left out: the Settings default (`campaign.skipRecentDays`). */
    skipRecentDays: SkipRecentDaysSchema.optional(),
    /**
     * The sending numbers (account ids) and, optionally, the weight of each one's share (1–100); left
     * out: the first number. Contacts are assigned to them at creation, round-robin by weight.
     */
    accounts: z
      .array(
        z.object({ id: z.number().int().positive(), weight: z.number().int().min(1).max(100).optional() }),
      )
      .min(1, { error: 'Choose at least one number to send from.' })
      .max(10, { error: 'Send from at most 10 numbers at once.' })
      .refine((list) => new Set(list.map((a) => a.id)).size === list.length, {
        error: 'Each number can be chosen once.',
      })
      .optional(),
  })
  .strict()
export type CampaignInput = z.infer<typeof CampaignInputSchema>

/**
 * Why a running campaign's next message waits: the sending window (on the recipient's clock), the batch
 * pause, the hourly or daily cap, the warm-up caps of a new number, the budget another campaign on the
 * same number just used, or the random gap between messages.
 */
export const waitReasons = [
  'window',
  'batch_pause',
  'hourly_cap',
  'daily_cap',
  'warm_up',
  'shared_budget',
  'pace',
] as const
export type WaitReason = (typeof waitReasons)[number]

export const WaitingSchema = z.object({
  reason: z.enum(waitReasons),
  /** When the next message may go (ISO). */
  until: z.string(),
  /** 'window': the window's opening time, "HH:MM" on the recipient's clock, and their time zone. */
  opensAt: z.string().optional(),
  zone: z.string().optional(),
})
export type Waiting = z.infer<typeof WaitingSchema>

/** One number's share of a campaign: its messages by status, and why it paused on its own. */
export const AccountShareSchema = z.object({
  accountId: z.number().int(),
  name: z.string(),
  counts: StatusCountsSchema,
  total: z.number().int(),
  paused: z
    .object({
      cause: z.string(),
      reason: z.string().nullable(),
      /** The reason as a phrase the window words in the user's language; absent for older rows. */
      reasonPhrase: PhraseSchema.nullable().optional(),
    })
    .nullable(),
})
export type AccountShare = z.infer<typeof AccountShareSchema>

/** Pushed to the live view, at most 10 times a second per campaign. */
export const CampaignProgressSchema = z.object({
  campaignId: z.number().int(),
  status: z.enum(campaignStatuses),
  statusReason: z.string().nullable(),
  statusReasonPhrase: PhraseSchema.nullable().optional(),
  counts: StatusCountsSchema,
  total: z.number().int(),
  /** When the last message should go, at the current pace; null when unknown or finished. */
  eta: z.string().nullable(),
  /** The other campaigns sending on the same account now: they share its sending budget. */
  sharing: z.array(z.string()).optional(),
  /** The warm-up day of a new number and what it allows today; null once the warm-up is over. */
  warmUp: z
    .object({ day: z.number().int(), hourlyCap: z.number().int(), dailyCap: z.number().int() })
    .nullable()
    .optional(),
  /** Why the next message has not gone yet, as the engine decided it; null when it is not waiting. */
  waiting: WaitingSchema.nullable().optional(),
  /** Each sending number's share, when the campaign goes out on more than one (or on a later number). */
  byAccount: z.array(AccountShareSchema).optional(),
  /** Sends in each of the last minutes, oldest first. */
  perMinute: z.array(z.object({ minute: z.string(), sent: z.number().int() })),
  recent: z.array(
    z.object({
      at: z.string(),
      phone: z.string(),
      name: z.string().nullable(),
      status: z.enum(messageStatuses),
      category: z.enum(errorCategories).nullable(),
      detail: z.string().nullable(),
      /** The detail as a phrase, which the window words in its language (`detail` is its English). */
      detailPhrase: PhraseSchema.optional(),
    }),
  ),
})
export type CampaignProgress = z.infer<typeof CampaignProgressSchema>
