import type { Database, Statement } from 'better-sqlite3'
import type { CampaignStatus, ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import { emptyCounts } from './campaigns-repo'
import type { StatusCounts } from '../../../src-shared/domain/campaigns'

/** Which campaigns a report covers: one, or all of them when `campaignId` is left out. */
export type ReportScope = { campaignId?: number }

export type CampaignSummaryRow = {
  id: number
  name: string
  status: CampaignStatus
  dryRun: boolean
  listName: string
  templateName: string
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
  counts: StatusCounts
  total: number
}

export type MessageLogRow = {
  id: number
  campaignId: number
  campaignName: string
  name: string | null
  phone: string
  variant: string
  status: MessageStatus
  category: ErrorCategory | null
  detail: string | null
  /** The detail as a phrase (JSON, see stored-phrase.ts) when Herald said it; `detail` is its English. */
  detailPhrase: string | null
  attempts: number
  queuedAt: string
  sentAt: string | null
  deliveredAt: string | null
  readAt: string | null
  repliedAt: string | null
  failedAt: string | null
  body: string
  /** The sending number (see `sendingNumbers`). */
  accountId: number
}

/** A sending number as the exports name it: removed ones too, since their messages are still there. */
export type SendingNumber = { name: string; phone: string | null }

export type ErrorCountRow = {
  campaignId: number
  campaignName: string
  category: ErrorCategory
  count: number
}

/** Messages that reached each stage on one UTC day. */
export type DailyRow = { day: string; sent: number; delivered: number; read: number; replied: number }

type MessageRow = Omit<MessageLogRow, 'category'> & { category: ErrorCategory | null }

const pageSize = 2000
const inScope = '(@campaignId IS NULL OR campaign_id = @campaignId)'
const failedOnly = "status IN ('failed', 'skipped') AND error_category IS NOT NULL"

const messageColumns = `m.id, m.campaign_id AS campaignId, c.name AS campaignName, m.name, m.phone_e164 AS phone,
  m.variant, m.status, m.error_category AS category, m.error_detail AS detail,
  m.error_detail_phrase AS detailPhrase, m.attempts,
  m.queued_at AS queuedAt, m.sent_at AS sentAt, m.delivered_at AS deliveredAt, m.read_at AS readAt,
  m.replied_at AS repliedAt, m.failed_at AS failedAt, m.body, m.account_id AS accountId`

const pageSql = (where: string): string => `SELECT ${messageColumns}
  FROM messages m JOIN campaigns c ON c.id = m.campaign_id
  WHERE m.id > @afterId AND (@campaignId IS NULL OR m.campaign_id = @campaignId) ${where}
  ORDER BY m.id LIMIT @limit`

const stageDays = (['sent', 'delivered', 'read', 'replied'] as const)
  .map(
    (stage) => `SELECT substr(${stage}_at, 1, 10) AS day, '${stage}' AS stage FROM messages
    WHERE ${inScope} AND ${stage}_at IS NOT NULL`,
  )
  .join(' UNION ALL ')

/**
 * Read-only queries behind the reports. Long results come in pages by id (keyset), each page read at
 * once: an open better-sqlite3 iterator keeps the connection busy, and exports await file writes between
 * pages while the engine may need the same connection.
 */
export class ReportsRepo {
  private readonly statements: {
    campaigns: Statement
    counts: Statement
    messages: Statement
    failed: Statement
    countMessages: Statement
    countFailed: Statement
    errors: Statement
    daily: Statement
    name: Statement
    numbers: Statement
  }

  constructor(db: Database) {
    this.statements = {
      campaigns: db.prepare(`SELECT id, name, status, dry_run AS dryRun, list_name AS listName,
        template_name AS templateName, created_at AS createdAt, started_at AS startedAt,
        finished_at AS finishedAt FROM campaigns WHERE prepared = 1 AND (@campaignId IS NULL OR id = @campaignId)
        ORDER BY id`),
      counts: db.prepare(`SELECT campaign_id AS campaignId, status, count(*) AS n FROM messages
        WHERE ${inScope} GROUP BY campaign_id, status`),
      messages: db.prepare(pageSql('')),
      failed: db.prepare(pageSql(`AND m.${failedOnly}`)),
      countMessages: db.prepare(`SELECT count(*) FROM messages WHERE ${inScope}`).pluck(),
      countFailed: db.prepare(`SELECT count(*) FROM messages WHERE ${inScope} AND ${failedOnly}`).pluck(),
      errors: db.prepare(`SELECT m.campaign_id AS campaignId, c.name AS campaignName,
        m.error_category AS category, count(*) AS count
        FROM messages m JOIN campaigns c ON c.id = m.campaign_id
        WHERE (@campaignId IS NULL OR m.campaign_id = @campaignId) AND m.${failedOnly}
        GROUP BY m.campaign_id, m.error_category ORDER BY m.campaign_id, count DESC, category`),
      daily: db.prepare(
        `SELECT day, stage, count(*) AS n FROM (${stageDays}) GROUP BY day, stage ORDER BY day`,
      ),
      name: db.prepare('SELECT name FROM campaigns WHERE id = ? AND prepared = 1').pluck(),
      numbers: db.prepare('SELECT id, name, phone FROM accounts'),
    }
  }

  /** Every sending number by id; the few there are, read once per table rather than joined to each row. */
  sendingNumbers(): Map<number, SendingNumber> {
    const rows = this.statements.numbers.all() as ({ id: number } & SendingNumber)[]
    return new Map(rows.map(({ id, name, phone }) => [id, { name, phone }]))
  }

  /** The campaign's name, or undefined when there is no such campaign. */
  campaignName(id: number): string | undefined {
    return this.statements.name.get(id) as string | undefined
  }

  campaignSummaries(scope: ReportScope): CampaignSummaryRow[] {
    const params = { campaignId: scope.campaignId ?? null }
    const counts = new Map<number, StatusCounts>()
    for (const row of this.statements.counts.iterate(params) as IterableIterator<{
      campaignId: number
      status: MessageStatus
      n: number
    }>) {
      const of = counts.get(row.campaignId) ?? emptyCounts()
      of[row.status] = row.n
      counts.set(row.campaignId, of)
    }
    const rows = this.statements.campaigns.all(params) as (Omit<
      CampaignSummaryRow,
      'counts' | 'total' | 'dryRun'
    > & {
      dryRun: number
    })[]
    return rows.map((row) => {
      const of = counts.get(row.id) ?? emptyCounts()
      const total = Object.values(of).reduce((sum, n) => sum + n, 0)
      return { ...row, dryRun: row.dryRun === 1, counts: of, total }
    })
  }

  countMessages(scope: ReportScope, failed = false): number {
    const statement = failed ? this.statements.countFailed : this.statements.countMessages
    return statement.get({ campaignId: scope.campaignId ?? null }) as number
  }

  /** The message log in pages of `size` rows, oldest first; `failed` keeps the failed and skipped ones. */
  *messagePages(
    scope: ReportScope,
    options: { failed?: boolean; size?: number } = {},
  ): Generator<MessageLogRow[]> {
    const statement = options.failed ? this.statements.failed : this.statements.messages
    let afterId = 0
    for (;;) {
      const page = statement.all({
        campaignId: scope.campaignId ?? null,
        afterId,
        limit: options.size ?? pageSize,
      }) as MessageRow[]
      if (page.length === 0) return
      yield page
      afterId = page[page.length - 1]?.id ?? afterId
    }
  }

  errorCounts(scope: ReportScope): ErrorCountRow[] {
    return this.statements.errors.all({ campaignId: scope.campaignId ?? null }) as ErrorCountRow[]
  }

  /** Per UTC day, how many messages were sent, delivered, read and replied to that day. */
  daily(scope: ReportScope): DailyRow[] {
    const days = new Map<string, DailyRow>()
    for (const row of this.statements.daily.iterate({
      campaignId: scope.campaignId ?? null,
    }) as IterableIterator<{
      day: string
      stage: 'sent' | 'delivered' | 'read' | 'replied'
      n: number
    }>) {
      const of = days.get(row.day) ?? { day: row.day, sent: 0, delivered: 0, read: 0, replied: 0 }
      of[row.stage] = row.n
      days.set(row.day, of)
    }
    return [...days.values()]
  }
}
