import type { RequestChannel } from '../channels'
import { z } from 'zod'
import {
  ConversationMarkSchema,
  ConversationSchema,
  ConversationSummarySchema,
  InboxPageSchema,
  InboxQuerySchema,
  maxQuickReply,
} from '../../domain/inbox'
import { ReportLanguageSchema, SavedFileSchema } from '../../domain/reports'
import type { ChannelDef } from './common'

/** The Inbox: conversations, replies, answers and the leads export. */
export const inboxRequests = {
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
} satisfies Partial<Record<RequestChannel, ChannelDef>>
