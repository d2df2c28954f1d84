import type { Database } from 'better-sqlite3'

/** One recent send and what its recipient did about it. */
export type RecentSend = {
  phone: string
  sentAt: string
  /** The text of the reply recorded on this message, if the recipient answered it. */
  reply: string | null
  /** The number is on the opt-out list because its owner replied asking to stop. */
  optedOutByReply: boolean
}

type Row = { phone: string; sentAt: string; note: string | null; optedOut: number }

// The latest sends over live campaigns, or over dry runs. A plain ORDER BY sent_at over every campaign would
// sort the whole history at each send; instead the newest `window` sends of each campaign are read from
// messages_campaign_sent, the latest of those per-campaign cut-offs bounds the search (the account's newest
// `window` sends are all at or after it), and only the sends past it are sorted. CROSS JOIN keeps that order
// whatever statistics the planner has.
// The engine never sends to a number on the opt-out list, so a reply opt-out of a recipient came after the
// send: no time comparison with the list, whose dates follow the wall clock rather than the campaign's.
const recentSql = `
  WITH bound AS (
    SELECT coalesce(max((
      SELECT x.sent_at FROM messages x WHERE x.campaign_id = c.id AND x.sent_at IS NOT NULL
      ORDER BY x.sent_at DESC LIMIT 1 OFFSET @window - 1
    )), '') AS since
    FROM campaigns c WHERE c.dry_run = @dryRun
  ),
  recent AS (
    SELECT m.id, m.phone_e164, m.sent_at, m.replied_at
    FROM bound CROSS JOIN campaigns c CROSS JOIN messages m
    WHERE c.dry_run = @dryRun AND m.campaign_id = c.id AND m.sent_at >= bound.since
    ORDER BY m.sent_at DESC, m.id DESC LIMIT @window
  )
  SELECT r.phone_e164 AS phone, r.sent_at AS sentAt,
    CASE WHEN r.replied_at IS NULL THEN NULL ELSE (
      SELECT e.detail FROM message_events e WHERE e.message_id = r.id AND e.to_status = 'replied'
      ORDER BY e.id LIMIT 1
    ) END AS note,
    @dryRun = 0 AND EXISTS (
      SELECT 1 FROM opt_outs o WHERE o.phone_e164 = r.phone_e164 AND o.source = 'reply'
    ) AS optedOut
  FROM recent r ORDER BY r.sent_at DESC, r.id DESC`

/**
 * The reply as inbound.ts wrote it on the message's `replied` event: Replied: “…” (cut at 200 characters).
 * Anything else is taken whole, so a change of that wording still lets the words be found.
 */
export function replyOfNote(note: string): string {
  const quoted = /^Replied: “([\s\S]*)”$/.exec(note)
  return quoted?.[1] ?? note
}

/** Reads what the account-safety signals judge: the latest sends and the replies and opt-outs they got. */
export class SafetyRepo {
  private readonly recentStmt

  constructor(db: Database) {
    this.recentStmt = db.prepare<[{ window: number; dryRun: number }], Row>(recentSql)
  }

  /** The latest `window` sends of live campaigns (or of dry runs), newest first. */
  recentSends(window: number, dryRun: boolean): RecentSend[] {
    return this.recentStmt.all({ window, dryRun: dryRun ? 1 : 0 }).map((row) => ({
      phone: row.phone,
      sentAt: row.sentAt,
      reply: row.note === null ? null : replyOfNote(row.note),
      optedOutByReply: row.optedOut === 1,
    }))
  }
}
