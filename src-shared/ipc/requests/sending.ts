import type { RequestChannel } from '../channels'
import { z } from 'zod'
import { AttachmentSchema } from '../../domain/attachments'
import {
  CampaignInputSchema,
  CampaignProgressSchema,
  CampaignSchema,
  SkipRecentDaysSchema,
  TemplateInputSchema,
  TemplateSchema,
  VariantRuleSchema,
  VariantSchema,
  campaignPacePresets,
  maxVariants,
} from '../../domain/campaigns'
import {
  MessageLogPageSchema,
  MessageLogQuerySchema,
  RetryInputSchema,
  RetryResultSchema,
} from '../../domain/history'
import type { ChannelDef } from './common'
import { AccountId, NoInput, UploadId, DroppedPath, ListId, Paging, CampaignRef } from './common'

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

/** Sending: templates, campaigns, and the history of what was sent (retry). */
export const sendingRequests = {
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
  'history:messages': { input: MessageLogQuerySchema, output: MessageLogPageSchema },
  'history:retry': { input: RetryInputSchema, output: RetryResultSchema },
} satisfies Partial<Record<RequestChannel, ChannelDef>>
