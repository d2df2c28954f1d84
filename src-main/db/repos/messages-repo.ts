import type { Database } from 'better-sqlite3'
import type { ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import { MessageEventsRepo } from './message-events-repo'
import { columns, moveSql, storedDetail, toRecord } from './message-rows'
import type { Detail, MessageChange, MessageRecord, MessageRow, NewMessage } from './message-rows'
import { foldForSearch } from '../../../src-shared/domain/search-text'

export type { Detail, MessageChange, MessageRecord, NewMessage } from './message-rows'

/**
 * The messages table and, through `events`, its append-only audit trail. Every status change goes
 * through `move`, which is compare-and-set on the current status and appends its event in the same
 * transaction: a row and its history never disagree.
 */
export class MessagesRepo {
  readonly events: MessageEventsRepo
  private readonly db: Database
  private readonly stmts

  /**
   * `guard` throws when a move is not allowed by the message state machine (which lives with the engine);
   * it runs before anything is written.
   */
  constructor(
    db: Database,
    private readonly guard: (from: MessageStatus, to: MessageStatus) => void = () => undefined,
  ) {
    this.db = db
    this.events = new MessageEventsRepo(db)
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO messages (campaign_id, contact_id, phone_e164, name, name_folded, variant, body, status,
           error_category, error_detail, error_detail_phrase, queued_at, updated_at, account_id)
         VALUES (@campaignId, @contactId, @phone, @name, @nameFolded, @variant, @body, @status, @category,
           @detail, @detailPhrase, @at, @at, @accountId)`,
      ),
      move: db.prepare(moveSql),
      setError: db.prepare(
        `UPDATE messages SET error_category = @category, error_detail = @detail,
           error_detail_phrase = @detailPhrase, updated_at = @at
         WHERE id = @id AND status = @status`,
      ),
      one: db.prepare<[number], MessageRow>(`SELECT ${columns} FROM messages WHERE id = ?`),
      nextReady: db.prepare<[number, string], MessageRow>(
        `SELECT ${columns} FROM messages WHERE campaign_id = ? AND status = 'queued'
           AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT 1`,
      ),
      nextReadyOn: db.prepare<[number, number, string], MessageRow>(
        `SELECT ${columns} FROM messages WHERE campaign_id = ? AND account_id = ? AND status = 'queued'
           AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT 1`,
      ),
      earliestRetryOn: db
        .prepare<[number, number], string | null>(
          "SELECT min(next_attempt_at) FROM messages WHERE campaign_id = ? AND account_id = ? AND status = 'queued'",
        )
        .pluck(),
      unfinishedOn: db
        .prepare<[number, number], number>(
          `SELECT count(*) FROM messages WHERE campaign_id = ? AND account_id = ?
             AND status IN ('queued', 'sending')`,
        )
        .pluck(),
      withStatusOn: db.prepare<[number, number, MessageStatus, number], MessageRow>(
        `SELECT ${columns} FROM messages WHERE campaign_id = ? AND account_id = ? AND status = ?
           ORDER BY id LIMIT ?`,
      ),
      queuedIdsOn: db
        .prepare<[number, number], number>(
          "SELECT id FROM messages WHERE campaign_id = ? AND account_id = ? AND status = 'queued' ORDER BY id",
        )
        .pluck(),
      reassign: db.prepare<[number, number]>(
        "UPDATE messages SET account_id = ? WHERE id = ? AND status = 'queued'",
      ),
      earliestRetry: db
        .prepare<[number], string | null>(
          "SELECT min(next_attempt_at) FROM messages WHERE campaign_id = ? AND status = 'queued'",
        )
        .pluck(),
      unfinished: db
        .prepare<[number], number>(
          "SELECT count(*) FROM messages WHERE campaign_id = ? AND status IN ('queued', 'sending')",
        )
        .pluck(),
      withStatus: db.prepare<[number, MessageStatus, number], MessageRow>(
        `SELECT ${columns} FROM messages WHERE campaign_id = ? AND status = ? ORDER BY id LIMIT ?`,
      ),
      byWaId: db.prepare<[string], MessageRow>(`SELECT ${columns} FROM messages WHERE wa_message_id = ?`),
      failuresSince: db.prepare<[string], { category: ErrorCategory; count: number }>(
        `SELECT m.error_category AS category, count(*) AS count FROM messages m
           JOIN campaigns c ON c.id = m.campaign_id
         WHERE m.status = 'failed' AND c.dry_run = 0 AND m.error_category IS NOT NULL AND m.updated_at >= ?
         GROUP BY m.error_category`,
      ),
      // "true_<chat>_<key>": a range over the wa_message_id index, every message sent into that chat
      phoneOfChat: db
        .prepare<[string, string], string>(
          `SELECT phone_e164 FROM messages WHERE wa_message_id >= ? AND wa_message_id < ?
           ORDER BY wa_message_id DESC LIMIT 1`,
        )
        .pluck(),
      latestTo: db.prepare<[string], MessageRow>(
        `SELECT ${columns} FROM messages WHERE phone_e164 = ? AND status IN ('sent', 'delivered', 'read', 'replied')
         ORDER BY sent_at DESC LIMIT 1`,
      ),
      latestToOn: db.prepare<[string, number], MessageRow>(
        `SELECT ${columns} FROM messages WHERE phone_e164 = ? AND account_id = ?
           AND status IN ('sent', 'delivered', 'read', 'replied')
         ORDER BY sent_at DESC LIMIT 1`,
      ),
      queuedTo: db.prepare<[string], MessageRow>(
        `SELECT ${columns} FROM messages WHERE phone_e164 = ? AND status = 'queued'`,
      ),
      sentSince: db
        .prepare<[string, number, number], string>(
          `SELECT m.sent_at FROM messages m JOIN campaigns c ON c.id = m.campaign_id
           WHERE m.sent_at >= ? AND c.dry_run = ? AND m.account_id = ? ORDER BY m.sent_at`,
        )
        .pluck(),
      firstSent: db
        .prepare<[number, number], string | null>(
          `SELECT min(m.sent_at) FROM messages m JOIN campaigns c ON c.id = m.campaign_id
            WHERE c.dry_run = ? AND m.account_id = ?`,
        )
        .pluck(),
      perMinute: db.prepare<[number, string], { minute: string; sent: number }>(
        `SELECT substr(sent_at, 1, 16) AS minute, count(*) AS sent FROM messages
         WHERE campaign_id = ? AND sent_at >= ? GROUP BY minute ORDER BY minute`,
      ),
      statuses: db.prepare<[string], { status: MessageStatus }>(
        'SELECT status FROM messages WHERE id IN (SELECT value FROM json_each(?))',
      ),
    }
  }

  /** Writes one chunk of a new campaign's messages with their first event, in one transaction. */
  insertMany(campaignId: number, rows: readonly NewMessage[], at: string): void {
    this.db.transaction(() => {
      for (const row of rows) {
        const nameFolded = row.name === null ? null : foldForSearch(row.name)
        const accountId = row.accountId ?? 1
        const detail = storedDetail(row.detail)
        const id = Number(
          this.stmts.insert.run({ ...row, ...detail, nameFolded, campaignId, at, accountId }).lastInsertRowid,
        )
        this.events.append({
          messageId: id,
          campaignId,
          at,
          from: null,
          to: row.status,
          category: row.category,
          detail: detail.detail,
        })
      }
    })()
  }

  get(id: number): MessageRecord | undefined {
    const row = this.stmts.one.get(id)
    return row && toRecord(row)
  }

  /**
   * Moves one message from `from` to `to` and appends the event, in one transaction; false (and nothing
   * written) when the message is no longer in `from`.
   */
  move(
    m: Pick<MessageRecord, 'id' | 'campaignId'>,
    from: MessageStatus,
    to: MessageStatus,
    change: MessageChange,
  ): boolean {
    this.guard(from, to)
    return this.db.transaction(() => this.moveInTransaction(m, from, to, change))()
  }

  /**
   * The same move committed with synchronous=FULL, so that the write is on disk (WAL synced) before the
   * caller goes on to hand the message to the transport. The pragma cannot change inside a transaction,
   * so it is set around it and always put back.
   */
  moveDurably(
    m: Pick<MessageRecord, 'id' | 'campaignId'>,
    from: MessageStatus,
    to: MessageStatus,
    change: MessageChange,
  ): boolean {
    return this.durably(() => this.move(m, from, to, change))
  }

  /**
   * Runs `work` (its own transaction) with a full sync at commit, so that what it commits survives a power
   * cut: the safety level can only change outside a transaction.
   */
  durably<T>(work: () => T): T {
    this.db.pragma('synchronous = FULL')
    try {
      return work()
    } finally {
      this.db.pragma('synchronous = NORMAL')
    }
  }

  /**
   * Records a failure that does not change the status (the message stays where it is until it can be
   * checked), with its event; false when the message is no longer in `status`.
   */
  recordError(
    m: Pick<MessageRecord, 'id' | 'campaignId'>,
    status: MessageStatus,
    at: string,
    error: { category: ErrorCategory; detail: Detail },
  ): boolean {
    const { category } = error
    const detail = storedDetail(error.detail)
    return this.db.transaction(() => {
      if (this.stmts.setError.run({ id: m.id, status, at, category, ...detail }).changes === 0) return false
      this.events.append({
        messageId: m.id,
        campaignId: m.campaignId,
        at,
        from: status,
        to: status,
        category,
        detail: detail.detail,
      })
      return true
    })()
  }

  private moveInTransaction(
    m: Pick<MessageRecord, 'id' | 'campaignId'>,
    from: MessageStatus,
    to: MessageStatus,
    change: MessageChange,
  ): boolean {
    const detail = storedDetail(change.error?.detail)
    const changed = this.stmts.move.run({
      id: m.id,
      from,
      to,
      at: change.at,
      attempt: change.attempt ? 1 : 0,
      setNext: change.nextAttemptAt === undefined ? 0 : 1,
      nextAttemptAt: change.nextAttemptAt ?? null,
      setError: change.error ? 1 : 0,
      category: change.error?.category ?? null,
      detail: detail.detail,
      detailPhrase: detail.detailPhrase,
      waMessageId: change.waMessageId ?? null,
    }).changes
    if (changed === 0) return false
    this.events.append({
      messageId: m.id,
      campaignId: m.campaignId,
      at: change.at,
      from,
      to,
      category: change.error?.category ?? null,
      detail: detail.detail ?? change.note ?? null,
    })
    return true
  }

  /** The first queued message whose retry time (if any) has come. */
  /** The first queued message (of one number's share, when given) whose retry time (if any) has come. */
  nextReady(campaignId: number, nowIso: string, accountId?: number): MessageRecord | undefined {
    const row =
      accountId === undefined
        ? this.stmts.nextReady.get(campaignId, nowIso)
        : this.stmts.nextReadyOn.get(campaignId, accountId, nowIso)
    return row && toRecord(row)
  }

  /** When the earliest waiting retry is due; null when no queued message waits. */
  earliestQueued(campaignId: number, accountId?: number): string | null {
    return (
      (accountId === undefined
        ? this.stmts.earliestRetry.get(campaignId)
        : this.stmts.earliestRetryOn.get(campaignId, accountId)) ?? null
    )
  }

  /** Messages still queued or sending: the campaign (or one number's share) is finished when this is 0. */
  unfinished(campaignId: number, accountId?: number): number {
    return (
      (accountId === undefined
        ? this.stmts.unfinished.get(campaignId)
        : this.stmts.unfinishedOn.get(campaignId, accountId)) ?? 0
    )
  }

  withStatus(campaignId: number, status: MessageStatus, limit = 1000, accountId?: number): MessageRecord[] {
    const rows =
      accountId === undefined
        ? this.stmts.withStatus.all(campaignId, status, limit)
        : this.stmts.withStatusOn.all(campaignId, accountId, status, limit)
    return rows.map(toRecord)
  }

  /**
   * Gives one number's queued messages to other numbers, in turn (`to` in the order to deal them), in one
   * transaction. Only `queued` ones move: a message being sent stays with the number it went to. Returns
   * how many moved.
   */
  reassignQueued(campaignId: number, from: number, to: readonly number[]): number {
    if (to.length === 0) return 0
    return this.db.transaction(() => {
      let moved = 0
      for (const id of this.stmts.queuedIdsOn.all(campaignId, from)) {
        moved += this.stmts.reassign.run(to[moved % to.length]!, id).changes
      }
      return moved
    })()
  }

  byWaId(waMessageId: string): MessageRecord | undefined {
    const row = this.stmts.byWaId.get(waMessageId)
    return row && toRecord(row)
  }

  /** The message most recently sent to this number (in any campaign): the one a reply answers. */
  /** Messages of live campaigns that failed since then, per category (dry runs' are invented). */
  failuresSince(sinceIso: string): { category: ErrorCategory; count: number }[] {
    return this.stmts.failuresSince.all(sinceIso)
  }

  /** The number of the contact a message was sent to under this chat id ("123456789@lid"), if any. */
  phoneOfChat(chatId: string): string | undefined {
    // "_" sorts just before "`": every id that starts with "true_<chat>_" lies between the two
    return this.stmts.phoneOfChat.get(`true_${chatId}_`, `true_${chatId}\``) ?? undefined
  }

  latestSentTo(phone: string, accountId?: number): MessageRecord | undefined {
    const row =
      accountId === undefined ? this.stmts.latestTo.get(phone) : this.stmts.latestToOn.get(phone, accountId)
    return row && toRecord(row)
  }

  queuedTo(phone: string): MessageRecord[] {
    return this.stmts.queuedTo.all(phone).map(toRecord)
  }

  /** When one number's messages went out since `sinceIso`, oldest first, over live or dry-run campaigns. */
  sentTimesSince(sinceIso: string, dryRun: boolean, accountId = 1): string[] {
    return this.stmts.sentSince.all(sinceIso, dryRun ? 1 : 0, accountId)
  }

  firstSentAt(dryRun: boolean, accountId = 1): string | null {
    return this.stmts.firstSent.get(dryRun ? 1 : 0, accountId) ?? null
  }

  /** Sends per minute ("YYYY-MM-DDTHH:MM", UTC) since `sinceIso`; minutes without sends are absent. */
  sentPerMinute(campaignId: number, sinceIso: string): { minute: string; sent: number }[] {
    return this.stmts.perMinute.all(campaignId, sinceIso)
  }

  statusesOf(ids: readonly number[]): MessageStatus[] {
    return this.stmts.statuses.all(JSON.stringify(ids)).map((r) => r.status)
  }
}
