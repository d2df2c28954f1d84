import type { Database, Statement } from 'better-sqlite3'

type RecentParams = { listId: number; since: string; dryRun: 0 | 1 }

// Driven by the sends since @since, campaign by campaign on messages_campaign_sent, each checked against the
// list on contacts_list_phone: the cost follows the last days' sends, neither the size of the list nor the
// whole history (some 5 ms for a list of 100,000 and a week of 6,500 sends among 800,000 messages). CROSS
// JOIN and the unary + keep SQLite from starting at the list instead: one probe of messages_phone_status
// per contact, 200 to 300 ms for 100,000 contacts whatever the days.
export const lastSentSql = `SELECT m.phone_e164 AS phone, max(m.sent_at) AS lastSentAt
  FROM campaigns c CROSS JOIN messages m
 WHERE m.campaign_id = c.id AND c.dry_run = @dryRun AND m.sent_at >= @since
   AND EXISTS (SELECT 1 FROM contacts k
                WHERE k.list_id = @listId AND k.phone_e164 = +m.phone_e164 AND k.verdict = 'valid')
 GROUP BY m.phone_e164`

/**
 * Which numbers of a list got a Herald message lately: the contact frequency cap reads it before a campaign
 * is created, and the estimate before start counts it.
 */
export class RecentSendsRepo {
  private readonly lastSent: Statement<[RecentParams], { phone: string; lastSentAt: string }>
  private readonly leftOutCount: Statement<[number], number>

  constructor(db: Database) {
    this.lastSent = db.prepare(lastSentSql)
    this.leftOutCount = db
      .prepare<[number], number>(
        `SELECT count(*) FROM messages
          WHERE campaign_id = ? AND status = 'skipped' AND error_category = 'recently_contacted'`,
      )
      .pluck()
  }

  /**
   * The list's valid numbers that were sent a message since `since` (ISO), each with its latest send; only
   * campaigns of the same kind count: live ones for a live campaign, dry runs for a dry run.
   */
  lastSentTo(listId: number, since: string, dryRun: boolean): Map<string, string> {
    const rows = this.lastSent.all({ listId, since, dryRun: dryRun ? 1 : 0 })
    return new Map(rows.map((row) => [row.phone, row.lastSentAt]))
  }

  /** How many of a campaign's contacts the cap left out when it was created. */
  leftOut(campaignId: number): number {
    return this.leftOutCount.get(campaignId) ?? 0
  }
}
