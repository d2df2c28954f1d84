// The shape of a messages row and its mapping to the engine's type.
import type { ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { english } from '../../../src-shared/i18n/wording'
import { phraseText } from './stored-phrase'

/**
 * Why a message failed or was skipped, as Herald says it: a phrase, which the row keeps with its English
 * (error_detail_phrase beside error_detail) so that the window and the exports word it in their language;
 * or words as they came (from WhatsApp Web), kept as they are.
 */
export type Detail = string | Phrase

export type NewMessage = {
  contactId: number
  phone: string
  name: string | null
  variant: string
  body: string
  status: 'queued' | 'skipped'
  category: ErrorCategory | null
  detail: Detail | null
  /** The sending number it is assigned to; the first number when left out. */
  accountId?: number
}

/** A message row as the engine reads it. */
export type MessageRecord = {
  id: number
  campaignId: number
  contactId: number
  phone: string
  name: string | null
  variant: string
  body: string
  status: MessageStatus
  attempts: number
  category: ErrorCategory | null
  detail: string | null
  waMessageId: string | null
  nextAttemptAt: string | null
  /** When the latest send intent was committed. */
  sendingAt: string | null
  sentAt: string | null
  updatedAt: string
  /** The sending number it goes out on. */
  accountId: number
}

/** What changes with a move; the timestamp of the stage reached is set from `at`. */
export type MessageChange = {
  at: string
  /** Counts one more attempt (the move to `sending`). */
  attempt?: boolean
  nextAttemptAt?: string | null
  /** Sets (or clears, with null) the error category and detail. */
  error?: { category: ErrorCategory | null; detail: Detail | null }
  waMessageId?: string
  /** Words for the audit trail when there is no error to record. */
  note?: string
}

/** A detail as the row keeps it: its English, and its phrase (JSON) when Herald said it; null for none. */
export type StoredDetail = { detail: string | null; detailPhrase: string | null }

const none: StoredDetail = { detail: null, detailPhrase: null }
// A phrase said of many messages at once (a stopped campaign's unsent ones) is worded and written out once
const stored = new WeakMap<Phrase, StoredDetail>()

export function storedDetail(detail: Detail | null | undefined): StoredDetail {
  if (detail === null || detail === undefined) return none
  if (typeof detail === 'string') return { detail, detailPhrase: null }
  let known = stored.get(detail)
  if (!known) {
    known = { detail: english(detail), detailPhrase: phraseText(detail) }
    stored.set(detail, known)
  }
  return known
}

export type MessageRow = {
  id: number
  campaign_id: number
  contact_id: number
  phone_e164: string
  name: string | null
  variant: string
  body: string
  status: MessageStatus
  attempts: number
  error_category: ErrorCategory | null
  error_detail: string | null
  wa_message_id: string | null
  next_attempt_at: string | null
  sending_at: string | null
  sent_at: string | null
  updated_at: string
  account_id: number
}

export const columns = `id, campaign_id, contact_id, phone_e164, name, variant, body, status, attempts, error_category,
  error_detail, wa_message_id, next_attempt_at, sending_at, sent_at, updated_at, account_id`

export function toRecord(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    contactId: row.contact_id,
    phone: row.phone_e164,
    name: row.name,
    variant: row.variant,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    category: row.error_category,
    detail: row.error_detail,
    waMessageId: row.wa_message_id,
    nextAttemptAt: row.next_attempt_at,
    sendingAt: row.sending_at,
    sentAt: row.sent_at,
    updatedAt: row.updated_at,
    accountId: row.account_id,
  }
}

export const moveSql = `UPDATE messages SET status = @to, updated_at = @at,
    attempts = attempts + @attempt,
    next_attempt_at = CASE WHEN @setNext THEN @nextAttemptAt ELSE next_attempt_at END,
    error_category = CASE WHEN @setError THEN @category ELSE error_category END,
    error_detail = CASE WHEN @setError THEN @detail ELSE error_detail END,
    error_detail_phrase = CASE WHEN @setError THEN @detailPhrase ELSE error_detail_phrase END,
    wa_message_id = coalesce(@waMessageId, wa_message_id),
    sending_at = CASE WHEN @to = 'sending' THEN @at ELSE sending_at END,
    sent_at = CASE WHEN @to = 'sent' THEN @at ELSE sent_at END,
    delivered_at = CASE WHEN @to IN ('delivered', 'read') THEN coalesce(delivered_at, @at) ELSE delivered_at END,
    read_at = CASE WHEN @to = 'read' THEN @at ELSE read_at END,
    replied_at = CASE WHEN @to = 'replied' THEN @at ELSE replied_at END,
    failed_at = CASE WHEN @to = 'failed' THEN @at ELSE failed_at END
  WHERE id = @id AND status = @from`
