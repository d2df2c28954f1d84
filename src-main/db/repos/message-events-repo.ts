import type { Database } from 'better-sqlite3'
import type { ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { storedPhrase } from './stored-phrase'

export type MessageEvent = {
  messageId: number
  campaignId: number
  at: string
  from: MessageStatus | null
  to: MessageStatus
  category: ErrorCategory | null
  detail: string | null
}

/** One line of a campaign's activity feed: the event and who it was about. */
export type ActivityEntry = {
  at: string
  phone: string
  name: string | null
  status: MessageStatus
  category: ErrorCategory | null
  detail: string | null
  /** The detail as Herald said it, for the window to word (see `recent`). */
  detailPhrase?: Phrase
}

export const messageEventsSql = {
  insert: `INSERT INTO message_events (message_id, campaign_id, at, from_status, to_status, category, detail)
    VALUES (@messageId, @campaignId, @at, @from, @to, @category, @detail)`,
}

type ActivityRow = Omit<ActivityEntry, 'detailPhrase'> & { detailPhrase: string | null }

type EventRow = {
  message_id: number
  campaign_id: number
  at: string
  from_status: MessageStatus | null
  to_status: MessageStatus
  category: ErrorCategory | null
  detail: string | null
}

/** The append-only message_events table (the audit trail); the schema refuses updates. */
export class MessageEventsRepo {
  private readonly insertStmt
  private readonly recentStmt
  private readonly ofMessageStmt

  constructor(db: Database) {
    this.insertStmt = db.prepare<[MessageEvent]>(messageEventsSql.insert)
    // An event keeps its detail in English only; when it is the detail its message still has, the message's
    // phrase says the same words, and the window words it in its language (an earlier one stays English)
    this.recentStmt = db.prepare<[number, number], ActivityRow>(
      `SELECT e.at, m.phone_e164 AS phone, m.name, e.to_status AS status, e.category, e.detail,
         CASE WHEN e.detail = m.error_detail THEN m.error_detail_phrase END AS detailPhrase
       FROM message_events e JOIN messages m ON m.id = e.message_id
       WHERE e.campaign_id = ? AND e.from_status IS NOT NULL ORDER BY e.id DESC LIMIT ?`,
    )
    this.ofMessageStmt = db.prepare<[number], EventRow>(
      `SELECT message_id, campaign_id, at, from_status, to_status, category, detail
       FROM message_events WHERE message_id = ? ORDER BY id`,
    )
  }

  /** Call inside the transaction that changes the message. */
  append(event: MessageEvent): void {
    this.insertStmt.run(event)
  }

  /** The latest changes of a campaign (creation events left out), newest first. */
  recent(campaignId: number, limit: number): ActivityEntry[] {
    return this.recentStmt.all(campaignId, limit).map(({ detailPhrase: json, ...entry }) => {
      const detailPhrase = storedPhrase(json)
      return detailPhrase ? { ...entry, detailPhrase } : entry
    })
  }

  ofMessage(messageId: number): MessageEvent[] {
    return this.ofMessageStmt.all(messageId).map((r) => ({
      messageId: r.message_id,
      campaignId: r.campaign_id,
      at: r.at,
      from: r.from_status,
      to: r.to_status,
      category: r.category,
      detail: r.detail,
    }))
  }
}
