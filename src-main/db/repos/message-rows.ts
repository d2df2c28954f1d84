// The shape of a messages row and its mapping to the engine's type.
import type { ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'

export type NewMessage = {
  contactId: number
  phone: string
  name: string | null
  variant: string
  body: string
  status: 'queued' | 'skipped'
  category: ErrorCategory | null
  detail: string | null
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
  error?: { category: ErrorCategory | null; detail: string | null }
  waMessageId?: string
  /** Words for the audit trail when there is no error to record. */
  note?: string
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
    wa_message_id = coalesce(@waMessageId, wa_message_id),
    sending_at = CASE WHEN @to = 'sending' THEN @at ELSE sending_at END,
    sent_at = CASE WHEN @to = 'sent' THEN @at ELSE sent_at END,
    delivered_at = CASE WHEN @to IN ('delivered', 'read') THEN coalesce(delivered_at, @at) ELSE delivered_at END,
    read_at = CASE WHEN @to = 'read' THEN @at ELSE read_at END,
    replied_at = CASE WHEN @to = 'replied' THEN @at ELSE replied_at END,
    failed_at = CASE WHEN @to = 'failed' THEN @at ELSE failed_at END
  WHERE id = @id AND status = @from`
