import type { Database } from 'better-sqlite3'
import type {
  ConversationMessage,
  ConversationStatus,
  ConversationSummary,
  InboxQuery,
  MediaKind,
} from '../../../src-shared/domain/inbox'
import { foldForSearch } from '../../../src-shared/domain/search-text'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { english } from '../../../src-shared/i18n/wording'
import { phraseText, storedPhrase } from './stored-phrase'

/** A reply as it arrived, with the campaign message it answers. */
export type IncomingReply = {
  phone: string
  name: string | null
  campaignId: number | null
  messageId: number | null
  accountId: number
  text: string
  media: MediaKind | null
  waMessageId: string | null
  at: string
  rehearsal: boolean
  /** The reply asked to stop: the conversation is marked opted out. */
  optedOut: boolean
}

type SummaryRow = {
  id: number
  name: string | null
  phone_e164: string
  campaign_id: number | null
  campaign_name: string | null
  account_id: number
  account_name: string | null
  status: ConversationStatus
  note: string | null
  replies: number
  first_reply_at: string | null
  last_reply_at: string | null
  last_reply: string | null
  unread: number
  rehearsal: number
}

/** How an answer typed in the Inbox is getting on. */
type SendStatus = NonNullable<ConversationMessage['status']>

type MessageRow = {
  id: number
  direction: 'in' | 'out'
  text: string
  media: MediaKind | null
  wa_message_id: string | null
  at: string
  status: ConversationMessage['status']
  error: string | null
  error_phrase: string | null
}

const summaryColumns = `c.id, c.name, c.phone_e164, c.campaign_id, k.name AS campaign_name, c.account_id,
  a.name AS account_name, c.status, c.note, c.replies, c.first_reply_at, c.last_reply_at, c.last_reply, c.unread,
  c.rehearsal`
const joins = `LEFT JOIN campaigns k ON k.id = c.campaign_id LEFT JOIN accounts a ON a.id = c.account_id`
/**
 * What search reads of a conversation, folded: a first line with its name and number, then its replies'
 * latest 4,000 characters.
 */
const searchKeep = 4000

const toSummary = (r: SummaryRow): ConversationSummary => ({
  id: r.id,
  name: r.name,
  phone: r.phone_e164,
  campaignId: r.campaign_id,
  campaignName: r.campaign_name,
  accountId: r.account_id,
  accountName: r.account_name,
  status: r.status,
  note: r.note,
  replies: r.replies,
  firstReplyAt: r.first_reply_at,
  lastReplyAt: r.last_reply_at,
  lastReply: r.last_reply,
  unread: r.unread,
  rehearsal: r.rehearsal === 1,
})

/** The first line of a reply, as the list shows it. */
export function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

/** The WHERE of an inbox query, with its parameters (every value bound, never written into the SQL). */
function filtersOf(query: InboxQuery): { where: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  const where = (sql: string, value?: unknown): void => {
    parts.push(sql)
    if (value !== undefined) params.push(value)
  }
  if (!query.includeRehearsal) where('c.rehearsal = 0')
  if (query.status) where('c.status = ?', query.status)
  if (query.campaignId) where('c.campaign_id = ?', query.campaignId)
  if (query.accountId) where('c.account_id = ?', query.accountId)
  if (query.since) where('c.last_reply_at >= ?', query.since)
  if (query.until) where('c.last_reply_at < ?', `${query.until}T24`)
  const search = query.search?.trim()
  if (search) {
    const digits = search.replace(/[\s()+-]/g, '')
    const like = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    // A number typed with spaces or dashes is found by its digits (the first line holds the number)
    parts.push("c.search_text LIKE ? ESCAPE '\\'")
    params.push(like(/^\d{3,}$/.test(digits) ? digits : foldForSearch(search)))
  }
  return { where: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params }
}

/**
 * The Inbox's tables (migration 0020): one conversation per contact who replied, and each reply and
 * answer in it. A reply is recorded with its conversation's summary in one transaction.
 */
export class InboxRepo {
  private readonly stmts

  constructor(private readonly db: Database) {
    this.stmts = {
      upsert: db.prepare<[Record<string, unknown>], { id: number }>(
        `INSERT INTO conversations (phone_e164, rehearsal, name, campaign_id, account_id, replies, first_reply_at,
           last_reply_at, last_reply, unread, search_text, status, updated_at)
         VALUES (@phone, @rehearsal, @name, @campaignId, @accountId, 1, @at, @at, @line, 1, @whole,
           CASE WHEN @optedOut THEN 'opted_out' ELSE 'new' END, @now)
         ON CONFLICT (phone_e164, rehearsal) DO UPDATE SET
           name = coalesce(excluded.name, name),
           campaign_id = coalesce(excluded.campaign_id, campaign_id),
           account_id = excluded.account_id,
           replies = replies + 1,
           last_reply_at = max(coalesce(last_reply_at, ''), excluded.last_reply_at),
           last_reply = CASE WHEN excluded.last_reply_at >= coalesce(last_reply_at, '') THEN excluded.last_reply
             ELSE last_reply END,
           unread = unread + 1,
           search_text = substr(search_text, 1, instr(search_text, char(10)))
             || substr(substr(search_text, instr(search_text, char(10)) + 1) || char(10) || @folded, -${searchKeep}),
           status = CASE WHEN @optedOut THEN 'opted_out' ELSE status END,
           updated_at = excluded.updated_at
         RETURNING id`,
      ),
      message: db.prepare(
        `INSERT INTO conversation_messages (conversation_id, direction, message_id, campaign_id, account_id, text,
           media, wa_message_id, at, status)
         VALUES (@conversationId, @direction, @messageId, @campaignId, @accountId, @text, @media, @waMessageId, @at,
           @status)`,
      ),
      one: db.prepare<[number], SummaryRow>(
        `SELECT ${summaryColumns} FROM conversations c ${joins} WHERE c.id = ?`,
      ),
      messages: db.prepare<[number], MessageRow>(
        `SELECT id, direction, text, media, wa_message_id, at, status, error, error_phrase
          FROM conversation_messages WHERE conversation_id = ? ORDER BY at, id`,
      ),
      answered: db
        .prepare<[number], number>(
          `SELECT message_id FROM conversation_messages WHERE conversation_id = ? AND message_id IS NOT NULL
            ORDER BY at DESC, id DESC LIMIT 1`,
        )
        .pluck(),
      sent: db.prepare<
        [number],
        { body: string; variant: string; attachment: string | null; sent_at: string | null }
      >(
        `SELECT m.body, m.variant, k.attachment, m.sent_at FROM messages m JOIN campaigns k ON k.id = m.campaign_id
          WHERE m.id = ?`,
      ),
      firstIn: db
        .prepare<[number], string>(
          `SELECT text FROM conversation_messages WHERE conversation_id = ? AND direction = 'in'
            ORDER BY at, id LIMIT 1`,
        )
        .pluck(),
      read: db.prepare<[string, number]>('UPDATE conversations SET unread = 0, updated_at = ? WHERE id = ?'),
      mark: db.prepare<[Record<string, unknown>]>(
        `UPDATE conversations SET status = @status, note = CASE WHEN @setNote THEN @note ELSE note END,
           updated_at = @now WHERE id = @id`,
      ),
      unread: db
        .prepare<[number], number>('SELECT count(*) FROM conversations WHERE unread > 0 AND rehearsal <= ?')
        .pluck(),
      setSend: db.prepare<[string, string | null, string | null, string | null, number]>(
        `UPDATE conversation_messages SET status = ?, error = ?, error_phrase = ?,
          wa_message_id = coalesce(?, wa_message_id) WHERE id = ?`,
      ),
      mediaOf: db.prepare<
        [number],
        {
          conversation_id: number
          media: MediaKind | null
          wa_message_id: string | null
          account_id: number
          at: string
        }
      >(
        'SELECT conversation_id, media, wa_message_id, account_id, at FROM conversation_messages WHERE id = ?',
      ),
      moveSend: db.prepare<[SendStatus, string | null, string | null, string | null, number, SendStatus]>(
        `UPDATE conversation_messages SET status = ?, error = ?, error_phrase = ?,
          wa_message_id = coalesce(?, wa_message_id) WHERE id = ? AND direction = 'out' AND status = ?`,
      ),
      unsettledSends: db.prepare<[], { id: number; conversation_id: number; status: SendStatus }>(
        `SELECT id, conversation_id, status FROM conversation_messages
          WHERE status IN ('queued', 'sending') ORDER BY id`,
      ),
      unsettled: db
        .prepare<[], number>("SELECT id FROM conversation_messages WHERE status IN ('queued', 'sending')")
        .pluck(),
    }
  }

  /** Records a reply and brings its conversation up to date; returns the conversation's id. */
  recordIncoming(reply: IncomingReply, now: string): number {
    return this.db.transaction(() => {
      const text = reply.text
      const folded = foldForSearch(text)
      const { id } = this.stmts.upsert.get({
        phone: reply.phone,
        rehearsal: reply.rehearsal ? 1 : 0,
        name: reply.name,
        campaignId: reply.campaignId,
        accountId: reply.accountId,
        at: reply.at,
        line: firstLine(text),
        // The first line (name and number) stays; the replies after it keep their latest 4,000 characters
        whole: `${foldForSearch(`${reply.name ?? ''} ${reply.phone}`).replace(/\s+/g, ' ')}\n${folded.slice(-searchKeep)}`,
        folded,
        optedOut: reply.optedOut ? 1 : 0,
        now,
      })!
      this.stmts.message.run({
        conversationId: id,
        direction: 'in',
        messageId: reply.messageId,
        campaignId: reply.campaignId,
        accountId: reply.accountId,
        text,
        media: reply.media,
        waMessageId: reply.waMessageId,
        at: reply.at,
        status: null,
      })
      return id
    })()
  }

  page(query: InboxQuery): ConversationSummary[] {
    const { where, params } = filtersOf(query)
    return this.db
      .prepare<unknown[], SummaryRow>(
        `SELECT ${summaryColumns} FROM conversations c ${joins} ${where}
          ORDER BY c.last_reply_at DESC, c.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, query.limit ?? 100, query.offset ?? 0)
      .map(toSummary)
  }

  count(query: InboxQuery): number {
    const { where, params } = filtersOf(query)
    return (
      this.db
        .prepare<unknown[], number>(`SELECT count(*) FROM conversations c ${where}`)
        .pluck()
        .get(...params) ?? 0
    )
  }

  /**
   * Answers sent from the Inbox (status sent) in the conversations the query matches: the Inbox's count of
   * replies sent, beside how many conversations there are.
   */
  answersSent(query: InboxQuery): number {
    const { where, params } = filtersOf(query)
    const sent = "m.direction = 'out' AND m.status = 'sent'"
    return (
      this.db
        .prepare<unknown[], number>(
          `SELECT count(*) FROM conversation_messages m JOIN conversations c ON c.id = m.conversation_id
            ${where ? `${where} AND ${sent}` : `WHERE ${sent}`}`,
        )
        .pluck()
        .get(...params) ?? 0
    )
  }

  /** Conversations with replies not opened yet; rehearsals' only when asked for. */
  unreadCount(includeRehearsal: boolean): number {
    return this.stmts.unread.get(includeRehearsal ? 1 : 0) ?? 0
  }

  get(id: number): ConversationSummary | undefined {
    const row = this.stmts.one.get(id)
    return row && toSummary(row)
  }

  messages(id: number): (ConversationMessage & { waMessageId: string | null })[] {
    return this.stmts.messages.all(id).map((r) => ({
      id: r.id,
      direction: r.direction,
      text: r.text,
      media: r.media,
      // A location is words and a map link, with no file to save
      canSave: r.media !== null && r.media !== 'location' && r.wa_message_id !== null && r.direction === 'in',
      at: r.at,
      status: r.status,
      error: r.error,
      errorPhrase: storedPhrase(r.error_phrase),
      waMessageId: r.wa_message_id,
    }))
  }

  /** The campaign message the contact's latest reply answered, as it went out. */
  answered(
    id: number,
  ): { body: string; variant: string; attachment: string | null; sentAt: string | null } | null {
    const messageId = this.stmts.answered.get(id)
    const row = messageId === undefined ? undefined : this.stmts.sent.get(messageId)
    return row
      ? { body: row.body, variant: row.variant, attachment: row.attachment, sentAt: row.sent_at }
      : null
  }

  /** The first thing the contact wrote back. */
  firstReply(id: number): string | null {
    return this.stmts.firstIn.get(id) ?? null
  }

  markRead(id: number, now: string): void {
    this.stmts.read.run(now, id)
  }

  /** A new status, and a new note when one is given (an empty one clears it). */
  mark(id: number, status: ConversationStatus, note: string | undefined, now: string): boolean {
    const setNote = note === undefined ? 0 : 1
    return (
      this.stmts.mark.run({ status, note: note === '' ? null : (note ?? null), setNote, now, id }).changes > 0
    )
  }

  /** An answer typed in the Inbox, recorded before it is sent (`queued`); returns its id. */
  addOutgoing(
    conversationId: number,
    accountId: number,
    campaignId: number | null,
    text: string,
    at: string,
  ): number {
    return Number(
      this.stmts.message.run({
        conversationId,
        direction: 'out',
        messageId: null,
        campaignId,
        accountId,
        text,
        media: null,
        waMessageId: null,
        at,
        status: 'queued',
      }).lastInsertRowid,
    )
  }

  setSend(
    id: number,
    status: NonNullable<ConversationMessage['status']>,
    error: Phrase | null,
    waMessageId?: string,
  ): void {
    this.stmts.setSend.run(status, error && english(error), phraseText(error), waMessageId ?? null, id)
  }

  /** A reply's media, where WhatsApp can still be asked for it. */
  mediaOf(messageId: number):
    | {
        conversationId: number
        media: MediaKind | null
        waMessageId: string | null
        accountId: number
        at: string
      }
    | undefined {
    const row = this.stmts.mediaOf.get(messageId)
    return (
      row && {
        conversationId: row.conversation_id,
        media: row.media,
        waMessageId: row.wa_message_id,
        accountId: row.account_id,
        at: row.at,
      }
    )
  }

  /**
   * Moves an answer's send on (queued → sending → sent | failed | uncertain) only if it is still at `from`:
   * false when something else settled it meanwhile. Why it did not go is kept in English and as its phrase.
   */
  moveSend(
    id: number,
    from: SendStatus,
    to: SendStatus,
    error: Phrase | null,
    waMessageId?: string,
  ): boolean {
    const words = error && english(error)
    return this.stmts.moveSend.run(to, words, phraseText(error), waMessageId ?? null, id, from).changes > 0
  }

  /** Answers not settled, with their conversation and how far they got, for the start-up check. */
  unsettledSends(): { id: number; conversationId: number; status: SendStatus }[] {
    return this.stmts.unsettledSends
      .all()
      .map((r) => ({ id: r.id, conversationId: r.conversation_id, status: r.status }))
  }

  /**
   * Runs `work` (its own transaction) with a full sync at commit, so that an answer's send intent is on
   * disk before it is handed to WhatsApp: the safety level can only change outside a transaction.
   */
  durably<T>(work: () => T): T {
    this.db.pragma('synchronous = FULL')
    try {
      return work()
    } finally {
      this.db.pragma('synchronous = NORMAL')
    }
  }

  /** Answers left queued or sending by a run that ended (a crash): the start-up check settles them. */
  unsettled(): number[] {
    return this.stmts.unsettled.all()
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)()
  }
}
