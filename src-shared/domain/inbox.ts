import { z } from 'zod'
import { PhraseSchema } from '../i18n/phrase'

/** Where a conversation stands, as the user marks it; 'opted_out' also when the contact asked to stop. */
export const conversationStatuses = ['new', 'lead', 'handled', 'opted_out'] as const
export type ConversationStatus = (typeof conversationStatuses)[number]

export const conversationStatusLabels: Readonly<Record<ConversationStatus, string>> = {
  new: 'New',
  lead: 'Lead',
  handled: 'Handled',
  opted_out: 'Opted out',
}

/** What a media reply was, in words: "a photo", "a voice message". */
export const mediaKinds = [
  'photo',
  'video',
  'voice',
  'audio',
  'document',
  'sticker',
  'location',
  'contact',
] as const
export type MediaKind = (typeof mediaKinds)[number]

export const mediaWords: Readonly<Record<MediaKind, string>> = {
  photo: 'a photo',
  video: 'a video',
  voice: 'a voice message',
  audio: 'an audio file',
  document: 'a document',
  sticker: 'a sticker',
  location: 'a location',
  contact: 'a contact card',
}

/** The longest note on a conversation, and the longest answer typed in the Inbox. */
export const maxNote = 2000
export const maxQuickReply = 4000

export const InboxQuerySchema = z
  .object({
    status: z.enum(conversationStatuses).optional(),
    campaignId: z.number().int().positive().optional(),
    accountId: z.number().int().positive().optional(),
    /** The latest reply on or after / before these days (YYYY-MM-DD, UTC). */
    since: z.iso.date().optional(),
    until: z.iso.date().optional(),
    /** Matches the name, the number or the text of any reply. */
    search: z.string().max(200).optional(),
    /** Dry runs' invented replies too. */
    includeRehearsal: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
export type InboxQuery = z.input<typeof InboxQuerySchema>

export const ConversationSummarySchema = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  phone: z.string(),
  campaignId: z.number().int().nullable(),
  campaignName: z.string().nullable(),
  accountId: z.number().int(),
  accountName: z.string().nullable(),
  status: z.enum(conversationStatuses),
  note: z.string().nullable(),
  replies: z.number().int(),
  firstReplyAt: z.string().nullable(),
  lastReplyAt: z.string().nullable(),
  lastReply: z.string().nullable(),
  unread: z.number().int(),
  rehearsal: z.boolean(),
})
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>

export const InboxPageSchema = z.object({
  rows: z.array(ConversationSummarySchema),
  /** How many conversations match the filters. */
  total: z.number().int(),
  /** Conversations with replies not yet opened (the navigation's count). */
  unread: z.number().int(),
  /** Answers sent from the Inbox to the conversations that match (the replies Herald sent). */
  answered: z.number().int(),
})
export type InboxPage = z.infer<typeof InboxPageSchema>

export const ConversationMessageSchema = z.object({
  id: z.number().int(),
  direction: z.enum(['in', 'out']),
  text: z.string(),
  media: z.enum(mediaKinds).nullable(),
  /** Whether the media can still be saved (WhatsApp keeps it for a while). */
  canSave: z.boolean(),
  at: z.string(),
  /** An answer sent from the Inbox: how its send went. */
  status: z.enum(['queued', 'sending', 'sent', 'failed', 'uncertain']).nullable(),
  /** Why it did not go (or may not have), in English; `errorPhrase` says it in the window's language. */
  error: z.string().nullable(),
  errorPhrase: PhraseSchema.nullable().optional(),
})
export type ConversationMessage = z.infer<typeof ConversationMessageSchema>

export const ConversationSchema = ConversationSummarySchema.extend({
  /** The campaign message the contact answered: what they got, with its wording and attachment. */
  sent: z
    .object({
      body: z.string(),
      variant: z.string(),
      attachmentName: z.string().nullable(),
      sentAt: z.string().nullable(),
    })
    .nullable(),
  messages: z.array(ConversationMessageSchema),
})
export type Conversation = z.infer<typeof ConversationSchema>

export const ConversationMarkSchema = z
  .object({
    conversationId: z.number().int().positive(),
    status: z.enum(conversationStatuses),
    note: z
      .string()
      .trim()
      .max(maxNote, { error: `Keep the note under ${maxNote} characters.` })
      .optional(),
  })
  .strict()
export type ConversationMark = z.infer<typeof ConversationMarkSchema>

/** The only links "Open in WhatsApp" opens: wa.me with the number's digits. */
export function waMeLink(phone: string): string | null {
  const digits = phone.replace(/^\+/, '')
  return /^\d{6,15}$/.test(digits) ? `https://wa.me/${digits}` : null
}
