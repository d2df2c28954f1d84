import type { Database, Statement } from 'better-sqlite3'
import type { ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import type { MessageLogRow } from '../../../src-shared/domain/history'
import { neverRetriedFailures, permanentSkipCategories } from '../../../src-shared/domain/history'
import { likePattern, phoneDigits } from './contact-lists-repo'
import { foldForSearch } from '../../../src-shared/domain/search-text'
import { storedPhrase } from './stored-phrase'

/** Which of a campaign's messages the log shows; `search` matches the name or the phone number. */
export type MessageLogFilter = {
  campaignId: number
  status?: MessageStatus
  category?: ErrorCategory
  variant?: string
  search?: string
}

type Params = {
  campaignId: number
  status?: MessageStatus
  category?: ErrorCategory
  variant?: string
  text?: string
  digits?: string | null
  limit?: number
  offset?: number
}

type Row = {
  id: number
  name: string | null
  phone_e164: string
  variant: string
  body: string
  status: MessageStatus
  error_category: ErrorCategory | null
  error_detail: string | null
  error_detail_phrase: string | null
  attempts: number
  queued_at: string
  sent_at: string | null
  delivered_at: string | null
  read_at: string | null
  replied_at: string | null
  failed_at: string | null
  account_id: number
}

type LogStatements = { count: Statement<[Params], number>; page: Statement<[Params], PagedRow> }

const rowColumns = `id, name, phone_e164, variant, body, status, error_category, error_detail,
  error_detail_phrase, attempts, queued_at, sent_at, delivered_at, read_at, replied_at, failed_at, account_id`

// A phone search compares digits only: E.164 keeps just the leading "+", so "+44 7911 12", "447911 12" and
// "07911 12" (trunk 0 dropped) all find "+447911123456".
// Names are searched folded (name_folded, migration 0015): "nunez" finds "Núñez".
const searchFilter = `(name_folded LIKE @text ESCAPE '\\' OR (@digits IS NOT NULL AND phone_e164 LIKE @digits))`

type PagedRow = Row & { total: number }

// Only the ids are picked and paged on an index; just the rows shown are read from the table, whose rows
// carry the message bodies. Status and campaign alone are answered by an index, so they are counted there;
// any other filter reads the campaign's rows once, for the count and the page together.
function pageSql(keys: string, where: string): string {
  if (keys === '' || keys === 's') {
    const order = keys === 's' ? 'id' : 'contact_id'
    return `SELECT ${rowColumns}, (SELECT count(*) FROM messages WHERE ${where}) AS total
      FROM messages WHERE id IN (
        SELECT id FROM messages WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset)
      ORDER BY ${order}`
  }
  return `WITH hits AS MATERIALIZED (SELECT id, contact_id FROM messages WHERE ${where})
    SELECT ${rowColumns}, (SELECT count(*) FROM hits) AS total
    FROM messages WHERE id IN (SELECT id FROM hits ORDER BY contact_id LIMIT @limit OFFSET @offset)
    ORDER BY contact_id`
}

function whereFor(keys: string): string {
  const where = ['campaign_id = @campaignId']
  if (keys.includes('s')) where.push('status = @status')
  if (keys.includes('c')) where.push('error_category = @category')
  if (keys.includes('v')) where.push('variant = @variant')
  if (keys.includes('q')) where.push(searchFilter)
  return where.join(' AND ')
}

function keyOf(filter: MessageLogFilter, search: string): string {
  return [
    filter.status ? 's' : '',
    filter.category ? 'c' : '',
    filter.variant !== undefined ? 'v' : '',
    search ? 'q' : '',
  ].join('')
}

function toRow(row: Row, numbers: ReadonlyMap<number, string>): MessageLogRow {
  const errorDetailPhrase = storedPhrase(row.error_detail_phrase)
  return {
    id: row.id,
    name: row.name,
    phone: row.phone_e164,
    variant: row.variant,
    body: row.body,
    status: row.status,
    category: row.error_category,
    detail: row.error_detail,
    ...(errorDetailPhrase ? { errorDetailPhrase } : {}),
    attempts: row.attempts,
    queuedAt: row.queued_at,
    sentAt: row.sent_at,
    deliveredAt: row.delivered_at,
    readAt: row.read_at,
    repliedAt: row.replied_at,
    failedAt: row.failed_at,
    accountId: row.account_id,
    account: numbers.get(row.account_id) ?? `Number ${row.account_id}`,
  }
}

/** Reads a campaign's message log, filtered and paged, for the History screen. Read-only. */
export class MessageLogRepo {
  private readonly statements = new Map<string, LogStatements>()
  private readonly variantsStmt: Statement<[number], string>
  private readonly variantCache = new Map<string, string[]>()
  private numbersStmt: Statement<[], { id: number; name: string }> | undefined

  constructor(private readonly db: Database) {
    this.variantsStmt = db
      .prepare<[number], string>(
        'SELECT DISTINCT variant FROM messages WHERE campaign_id = ? ORDER BY variant',
      )
      .pluck()
  }

  /**
   * One page in the order of the contact list, and how many messages match the filter in all. Herald
   * writes a campaign's messages in list order, so message ids and contact ids rise together: the status
   * filter pages on its index by message id, everything else on the (campaign, contact) index.
   */
  page(filter: MessageLogFilter, offset: number, limit: number): { total: number; rows: MessageLogRow[] } {
    const search = filter.search?.trim() ?? ''
    const keys = keyOf(filter, search)
    const params: Params = { campaignId: filter.campaignId, limit, offset }
    if (filter.status) params.status = filter.status
    if (filter.category) params.category = filter.category
    if (filter.variant !== undefined) params.variant = filter.variant
    if (search) {
      const digits = phoneDigits(search)
      params.text = likePattern(foldForSearch(search))
      params.digits = digits === null ? null : likePattern(digits.replace(/^0+/, '') || digits)
    }
    const statements = this.statementsFor(keys)
    const rows = statements.page.all(params)
    // The page carries the total; past the last match (or with none) it is counted on its own.
    const total = rows[0]?.total ?? (offset === 0 ? 0 : (statements.count.get(params) ?? 0))
    const numbers = rows.length > 0 ? this.numberNames() : new Map<number, string>()
    return { total, rows: rows.map((row) => toRow(row, numbers)) }
  }

  /**
   * The variants the campaign's messages used, for the log's filter. They never change once a campaign is
   * written, and finding them reads all its rows, so they are kept; `createdAt` tells a campaign apart from
   * a later one given the id of a deleted one.
   */
  variants(campaignId: number, createdAt: string): string[] {
    const key = `${campaignId}|${createdAt}`
    const known = this.variantCache.get(key)
    if (known) return known
    const variants = this.variantsStmt.all(campaignId)
    if (this.variantCache.size >= 100) this.variantCache.clear()
    this.variantCache.set(key, variants)
    return variants
  }

  /** How many sending numbers there are and were. */
  numbers(): number {
    return this.numberNames().size
  }

  /**
   * Every sending number's name, removed ones too, by id: the few there are, read for each page rather
   * than joined to each row (and prepared on first use: the log's plan is tested on older schemas).
   */
  private numberNames(): Map<number, string> {
    this.numbersStmt ??= this.db.prepare('SELECT id, name FROM accounts')
    return new Map(this.numbersStmt.all().map((n) => [n.id, n.name]))
  }

  private statementsFor(keys: string): LogStatements {
    const known = this.statements.get(keys)
    if (known) return known
    const where = whereFor(keys)
    const made: LogStatements = {
      count: this.db.prepare<[Params], number>(`SELECT count(*) FROM messages WHERE ${where}`).pluck(),
      page: this.db.prepare<[Params], PagedRow>(pageSql(keys, where)),
    }
    this.statements.set(keys, made)
    return made
  }
}

/** A message a retry sends again: its contact as the campaign knew it, with the list's fields if still there. */
export type RetryCandidate = {
  messageId: number
  phone: string
  name: string | null
  /** The contact's spreadsheet fields (JSON), or null when its list has been deleted since. */
  fields: string | null
  /** The variant this contact was given, which a retry keeps. */
  variant: string
  optedOut: boolean
}

export type RetryWhich = { failed: boolean; unsent: boolean; queuedToo: boolean }

// What a retry may send again. Failed, except "uncertain": it may have reached the chat, and Herald never
// resends those by itself. Unsent: skipped for a reason that may pass (a stopped campaign, a pause-worthy
// error), never for a wrong number, no WhatsApp, an opt-out or a duplicate; and still queued, once the
// campaign has finished (before that, the campaign itself will still send them). `sending` never.
const listed = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ')

const retrySql = `SELECT m.id AS messageId, m.phone_e164 AS phone, m.name, c.fields, m.variant,
    (o.phone_e164 IS NOT NULL) AS optedOut
  FROM messages m
  LEFT JOIN contacts c ON c.id = m.contact_id AND c.phone_e164 = m.phone_e164
  LEFT JOIN opt_outs o ON o.phone_e164 = m.phone_e164
  WHERE m.campaign_id = @campaignId AND m.id > @after AND (
    (@failed AND m.status = 'failed' AND coalesce(m.error_category, '') NOT IN (${listed(neverRetriedFailures)}))
    OR (@unsent AND m.status = 'skipped' AND coalesce(m.error_category, '') NOT IN
      (${listed(permanentSkipCategories)}))
    OR (@unsent AND @queuedToo AND m.status = 'queued'))
  ORDER BY m.id LIMIT @limit`

type RetryParams = {
  campaignId: number
  after: number
  limit: number
  failed: number
  unsent: number
  queuedToo: number
}

/** Reads the messages a retry would send again, a chunk at a time (by message id, after `after`). */
export class RetryCandidatesRepo {
  private readonly stmt: Statement<[RetryParams], Omit<RetryCandidate, 'optedOut'> & { optedOut: number }>

  constructor(db: Database) {
    this.stmt = db.prepare(retrySql)
  }

  chunk(campaignId: number, which: RetryWhich, after: number, limit: number): RetryCandidate[] {
    return this.stmt
      .all({
        campaignId,
        after,
        limit,
        failed: which.failed ? 1 : 0,
        unsent: which.unsent ? 1 : 0,
        queuedToo: which.queuedToo ? 1 : 0,
      })
      .map((r) => ({ ...r, optedOut: r.optedOut === 1 }))
  }
}
