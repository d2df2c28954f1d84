import { z } from 'zod'
import { PhraseSchema } from '../i18n/phrase'
import { CampaignSchema, errorCategories, messageStatuses } from './campaigns'
import type { ErrorCategory } from './campaigns'

/** One campaign's message log, filtered; `search` matches the contact's name or phone number. */
export const MessageLogQuerySchema = z
  .object({
    campaignId: z.number().int().positive(),
    status: z.enum(messageStatuses).optional(),
    category: z.enum(errorCategories).optional(),
    variant: z.string().max(100).optional(),
    search: z.string().max(200).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict()
export type MessageLogQuery = z.input<typeof MessageLogQuerySchema>

export const MessageLogRowSchema = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  phone: z.string(),
  variant: z.string(),
  body: z.string(),
  status: z.enum(messageStatuses),
  category: z.enum(errorCategories).nullable(),
  detail: z.string().nullable(),
  /**
   * The detail as a phrase, which the window words in its language (`detail` is its English); none for words
   * that came from WhatsApp Web as they were, nor for messages recorded before Herald kept phrases.
   */
  errorDetailPhrase: PhraseSchema.optional(),
  attempts: z.number().int(),
  queuedAt: z.string(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  readAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  failedAt: z.string().nullable(),
  /** The sending number (account) the message went out, or is to go out, on; and its name. */
  accountId: z.number().int(),
  account: z.string(),
})
export type MessageLogRow = z.infer<typeof MessageLogRowSchema>

export const MessageLogPageSchema = z.object({
  /** Rows matching the filters. */
  total: z.number().int(),
  rows: z.array(MessageLogRowSchema),
  /** The variants used in this campaign, for the filter. */
  variants: z.array(z.string()),
  /** How many sending numbers the workspace has had (removed ones too): with more than one, the log names each message's. */
  numbers: z.number().int(),
})
export type MessageLogPage = z.infer<typeof MessageLogPageSchema>

/** Which of a campaign's contacts a retry sends to again. */
export const retryScopes = ['failed', 'unsent', 'failed-and-unsent'] as const
export type RetryScope = (typeof retryScopes)[number]

/**
 * What a retry leaves out. Skipped messages in these categories would be skipped again (a wrong number, no
 * WhatsApp, an opt-out, a duplicate); failed ones in `neverRetriedFailures` may have reached the chat, and
 * Herald never resends those by itself.
 */
export const permanentSkipCategories = [
  'invalid_number',
  'not_on_whatsapp',
  'opted_out',
  'duplicate',
] as const satisfies readonly ErrorCategory[]
export const neverRetriedFailures = ['uncertain'] as const satisfies readonly ErrorCategory[]

export const RetryInputSchema = z
  .object({
    campaignId: z.number().int().positive(),
    include: z.enum(retryScopes),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict()

export const RetryResultSchema = z.object({
  /** The new campaign, not started yet. */
  campaign: CampaignSchema,
  contacts: z.number().int(),
  /** Left out because they asked not to be messaged again. */
  skippedOptedOut: z.number().int(),
})
export type RetryResult = z.infer<typeof RetryResultSchema>
