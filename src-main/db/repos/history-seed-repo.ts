import type { Database, Statement } from 'better-sqlite3'
import type { CampaignStatus, ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import { contactSearchText } from '../../../src-shared/domain/search-text'

/** A messages row written as it is, timestamps included: for synthetic history and analytics tests. */
export type HistoryMessage = {
  campaignId: number
  contactId: number
  phone: string
  name?: string | null
  variant: string
  body?: string
  status: MessageStatus
  attempts?: number
  category?: ErrorCategory | null
  queuedAt: string
  sentAt?: string | null
  deliveredAt?: string | null
  readAt?: string | null
  repliedAt?: string | null
  failedAt?: string | null
  /** The sending number (schema 18 on); the first number when left out. */
  accountId?: number
}

export type HistoryCampaign = {
  name: string
  listId: number | null
  listName: string
  status: CampaignStatus
  variants: readonly string[]
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
  /** Synthetic history is marked a dry run unless said otherwise. */
  dryRun?: boolean
}

const pacing = JSON.stringify({
  preset: 'safe',
  minDelaySeconds: 20,
  maxDelaySeconds: 60,
  batchSize: 25,
  batchPauseMinutes: 5,
  hourlyCap: 120,
  dailyCap: 600,
  windowStart: '09:00',
  windowEnd: '20:00',
  warmUp: false,
  typingSeconds: 2,
})

/**
 * Writes history directly — campaigns, their messages and opt-outs — bypassing the engine. Only for
 * `herald dev seed` and tests: the app itself writes messages through MessagesRepo.
 */
export class HistorySeedRepo {
  private readonly stmts: {
    list: Statement
    contact: Statement
    campaign: Statement
    message: Statement
    optOut: Statement
    finish: Statement
  }
  /** Whether messages name their sending number (migration 0018): older schemas are seeded in tests. */
  private readonly numbered: boolean

  constructor(private readonly db: Database) {
    this.numbered =
      db.prepare("SELECT 1 FROM pragma_table_info('messages') WHERE name = 'account_id'").get() !== undefined
    const account = this.numbered
      ? { column: ', account_id', value: ', @accountId' }
      : { column: '', value: '' }
    this.stmts = {
      list: db.prepare(
        `INSERT INTO contact_lists (name, source_file, sheet, country, created_at, status, field_keys, total, valid)
         VALUES (?, ?, 'Sheet1', ?, ?, 'ready', '["name"]', ?, ?)`,
      ),
      contact: db.prepare(
        `INSERT INTO contacts (list_id, row_number, name, phone_raw, phone_e164, fields, verdict, search_text)
         VALUES (?, ?, ?, ?, ?, json_object('name', ?), 'valid', ?)`,
      ),
      campaign: db.prepare(
        `INSERT INTO campaigns (name, list_id, list_name, template_id, template_name, status, dry_run, pacing,
           variant_rule, template_snapshot, created_at, started_at, finished_at, prepared)
         VALUES (@name, @listId, @listName, NULL, 'Synthetic', @status, @dryRun, '${pacing}', @rule, @snapshot,
           @createdAt, @startedAt, @finishedAt, 1)`,
      ),
      message: db.prepare(
        `INSERT INTO messages (campaign_id, contact_id, phone_e164, name, variant, body, status, attempts,
           error_category, queued_at, sent_at, delivered_at, read_at, replied_at, failed_at, updated_at${account.column})
         VALUES (@campaignId, @contactId, @phone, @name, @variant, @body, @status, @attempts, @category,
           @queuedAt, @sentAt, @deliveredAt, @readAt, @repliedAt, @failedAt,
           coalesce(@failedAt, @repliedAt, @readAt, @deliveredAt, @sentAt, @queuedAt)${account.value})`,
      ),
      finish: db.prepare('UPDATE campaigns SET status = ?, finished_at = ? WHERE id = ?'),
      optOut: db.prepare(
        `INSERT OR IGNORE INTO opt_outs (phone_e164, source, reason, created_at) VALUES (?, ?, ?, ?)`,
      ),
    }
  }

  /**
   * Runs a large seeding with a bigger page cache (the indexes on phone and time are written in random
   * order), without waiting for the disk on each commit, and with statement journals in memory (a
   * message with every stage set touches enough pages, through the insight triggers, for its journal
   * to spill to a temp file otherwise: seeding took four times as long). All are restored afterwards.
   * A crash during a seed may lose the seed, never the settings of the connection.
   */
  fastWrites<T>(write: () => T): T {
    const cache = this.db.pragma('cache_size', { simple: true }) as number
    const synchronous = this.db.pragma('synchronous', { simple: true }) as number
    const tempStore = this.db.pragma('temp_store', { simple: true }) as number
    this.db.pragma('cache_size = -262144')
    this.db.pragma('synchronous = OFF')
    this.db.pragma('temp_store = MEMORY')
    try {
      return write()
    } finally {
      this.db.pragma(`cache_size = ${cache}`)
      this.db.pragma(`synchronous = ${synchronous}`)
      this.db.pragma(`temp_store = ${tempStore}`)
    }
  }

  /** A ready contact list with its contacts; returns the list's id. */
  insertList(
    name: string,
    country: string,
    createdAt: string,
    contacts: readonly { name: string; phone: string }[],
  ): number {
    return this.db.transaction(() => {
      const id = Number(
        this.stmts.list.run(name, `${name}.xlsx`, country, createdAt, contacts.length, contacts.length)
          .lastInsertRowid,
      )
      contacts.forEach((c, i) =>
        this.stmts.contact.run(
          id,
          i + 2,
          c.name,
          c.phone,
          c.phone,
          c.name,
          contactSearchText(c.name, [c.name]),
        ),
      )
      return id
    })()
  }

  insertCampaign(c: HistoryCampaign): number {
    const weights = Object.fromEntries(c.variants.map((v) => [v, 100 / c.variants.length]))
    const rule = c.variants.length > 1 ? { kind: 'split', weights } : { kind: 'single' }
    const snapshot = c.variants.map((v) => ({ name: v, body: `Hello {{name}}, this is wording ${v}.` }))
    return Number(
      this.stmts.campaign.run({
        ...c,
        dryRun: c.dryRun === false ? 0 : 1,
        rule: JSON.stringify(rule),
        snapshot: JSON.stringify(snapshot),
      }).lastInsertRowid,
    )
  }

  /**
   * Sending numbers for synthetic history, each with the numbers of a campaign that goes out on it; ids
   * given, so that the same seed makes the same history. Nothing on a schema without numbers.
   */
  insertNumbers(
    numbers: readonly { id: number; name: string; phone: string; createdAt: string }[],
    shares: readonly { campaignId: number; accountId: number }[],
  ): void {
    const tables = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'")
    if (tables.get() === undefined) return
    const number = this.db.prepare(
      `INSERT OR IGNORE INTO accounts (id, name, phone, created_at, linked_at, established)
       VALUES (@id, @name, @phone, @createdAt, @createdAt, 1)`,
    )
    const share = this.db.prepare(
      'INSERT OR IGNORE INTO campaign_accounts (campaign_id, account_id) VALUES (@campaignId, @accountId)',
    )
    this.db.transaction(() => {
      for (const n of numbers) number.run(n)
      for (const s of shares) share.run(s)
    })()
  }

  /** Many messages in one transaction (the caller chooses the batch size). */
  insertMessages(rows: readonly HistoryMessage[]): void {
    const numbered = this.numbered
    this.db.transaction(() => {
      for (const m of rows) {
        const { accountId = 1, ...row } = m
        this.stmts.message.run({
          name: null,
          body: `Hello, this is wording ${m.variant}.`,
          attempts: m.sentAt || m.failedAt ? 1 : 0,
          category: null,
          sentAt: null,
          deliveredAt: null,
          readAt: null,
          repliedAt: null,
          failedAt: null,
          ...row,
          ...(numbered ? { accountId } : {}),
        })
      }
    })()
  }

  /** Sets a campaign's final status once its synthetic messages are written. */
  settleCampaign(id: number, status: CampaignStatus, finishedAt: string | null): void {
    this.stmts.finish.run(status, finishedAt, id)
  }

  insertOptOut(phone: string, source: string, reason: string, createdAt: string): void {
    this.stmts.optOut.run(phone, source, reason, createdAt)
  }
}
