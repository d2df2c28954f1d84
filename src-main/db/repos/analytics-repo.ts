import type { Database, Statement } from 'better-sqlite3'
import type { DryRunFilter } from '../../../src-shared/domain/analytics'
import type { CampaignStatus, ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import * as sql from './analytics-sql'
import type { ScopeKind } from './analytics-sql'
import { percentileRanks } from '../../analytics/stats'

/**
 * Messages queued in [from, to) — ISO bounds at UTC midnight, or '' and '\uffff' — of one campaign, or of
 * the real campaigns ('live', the default), the dry runs or both; of one sending number, or of all.
 */
export type AnalyticsScope = {
  campaignId?: number
  from: string
  to: string
  dryRun?: DryRunFilter
  accountId?: number
}

export type SummaryRow = {
  queued: number
  sent: number
  delivered: number
  read: number
  replied: number
  failed: number
  delivered_with_receipts: number
  read_with_receipts: number
  delivered_without_receipts: number
  numbers_without_receipts: number
  opt_outs: number
}
export type DurationRow = { d: number; rn: number; n: number }
type StageCounts = Pick<SummaryRow, 'queued' | 'sent' | 'delivered' | 'read' | 'replied' | 'failed'>
export type SpanRow = { campaignId: number; first: string; last: string }
export type HourRow = { weekday: number; hour: number; n: number; replied: number }
export type VariantRow = { variant: string; sent: number; replied: number }
export type ErrorRow = { category: ErrorCategory; n: number }
export type DailyRow = {
  date: string
  sent: number
  delivered: number
  read: number
  replied: number
  failed: number
}
export type PrefixRow = {
  prefix: string
  sample: string
  messages: number
  sent: number
  replied: number
  failed: number
}
export type CampaignCountRow = {
  id: number
  name: string
  campaignStatus: CampaignStatus
  dryRun: 0 | 1
  status: MessageStatus
  n: number
}
export type DurationStage = 'delivered_at' | 'read_at' | 'replied_at'
/** One sending number's messages in the scope, cumulative as the funnel counts them. */
export type AccountRow = {
  accountId: number
  name: string
  phone: string | null
  removed: 0 | 1
  messages: number
  sent: number
  delivered: number
  read: number
  replied: number
  failed: number
}
export type NumberRow = { id: number; name: string; phone: string | null; removed: 0 | 1 }

const builders = {
  summary: sql.summarySql,
  silent: sql.silentSql,
  optOuts: sql.optOutsSql,
  totals: sql.totalsSql,
  histogram: sql.histogramSql,
  deliver: (kind: ScopeKind) => sql.bucketValuesSql(kind, 'delivered_at'),
  read: (kind: ScopeKind) => sql.bucketValuesSql(kind, 'read_at'),
  reply: (kind: ScopeKind) => sql.bucketValuesSql(kind, 'replied_at'),
  spans: sql.spansSql,
  sendHours: sql.sendHoursSql,
  replyHours: sql.replyHoursSql,
  variants: sql.variantsSql,
  errors: sql.errorsSql,
  daily: sql.dailySql,
  countries: sql.countriesSql,
  campaigns: sql.campaignCountsSql,
  accounts: sql.accountsSql,
} as const
type QueryName = keyof typeof builders

const stageQuery: Record<DurationStage, QueryName> = {
  delivered_at: 'deliver',
  read_at: 'read',
  replied_at: 'reply',
}

type Params = Record<string, string | number>

/**
 * Read-only aggregate queries for the dashboard and `herald analytics`, over the rollups of migrations
 * 0006 and 0019. Each statement is prepared once per scope kind (all campaigns or one, all numbers or one),
 * on first use.
 */
export class AnalyticsRepo {
  private readonly prepared = new Map<string, Statement>()
  private readonly campaign: Statement<
    [number],
    { id: number; name: string; status: CampaignStatus; dryRun: 0 | 1 }
  >

  private readonly numbersStmt: Statement<[], NumberRow>
  private readonly accountStmt: Statement<[number], NumberRow>
  private readonly namedStmt: Statement<[string], NumberRow>

  constructor(private readonly db: Database) {
    this.campaign = db.prepare('SELECT id, name, status, dry_run AS dryRun FROM campaigns WHERE id = ?')
    this.numbersStmt = db.prepare(sql.numbersWithMessagesSql)
    const number = 'SELECT id, name, phone, (removed_at IS NOT NULL) AS removed FROM accounts'
    this.accountStmt = db.prepare(`${number} WHERE id = ?`)
    // A number still in use before a removed one of the same name
    this.namedStmt = db.prepare(
      `${number} WHERE lower(name) = lower(?) ORDER BY removed_at IS NOT NULL, removed_at DESC, id`,
    )
  }

  private stmt(name: QueryName, scope: AnalyticsScope): Statement {
    const base = scope.campaignId === undefined ? 'all' : 'campaign'
    const kind: ScopeKind = scope.accountId === undefined ? base : `${base}+account`
    const key = `${name}:${kind}`
    let stmt = this.prepared.get(key)
    if (!stmt) {
      stmt = this.db.prepare(builders[name](kind))
      this.prepared.set(key, stmt)
    }
    return stmt
  }

  private params(scope: AnalyticsScope, extra: Params = {}): Params {
    const params: Params = { from: scope.from, to: scope.to, ...extra }
    if (scope.campaignId !== undefined) params.campaignId = scope.campaignId
    else params.dryRun = scope.dryRun ?? 'live'
    if (scope.accountId !== undefined) params.accountId = scope.accountId
    return params
  }

  private all<T>(name: QueryName, scope: AnalyticsScope, extra: Params = {}): T[] {
    return this.stmt(name, scope).all(this.params(scope, extra)) as T[]
  }

  private one<T>(name: QueryName, scope: AnalyticsScope): T {
    const [row] = this.all<T>(name, scope)
    if (row === undefined) throw new Error(`The ${name} query returned no row`)
    return row
  }

  summary(scope: AnalyticsScope, optOuts = this.optOuts(scope)): SummaryRow {
    const counts = this.one<StageCounts>('summary', scope)
    const silent = this.one<{ numbers: number; delivered: number; read: number }>('silent', scope)
    return {
      ...counts,
      // Silent deliveries have no read_at: only a reply counts them as read.
      delivered_with_receipts: counts.delivered - silent.delivered,
      read_with_receipts: counts.read - silent.read,
      delivered_without_receipts: silent.delivered,
      numbers_without_receipts: silent.numbers,
      opt_outs: [...optOuts.values()].reduce((sum, n) => sum + n, 0),
    }
  }

  /** Opt-outs by reply, by the number whose message they answered. */
  optOuts(scope: AnalyticsScope): Map<number, number> {
    const rows = this.all<{ accountId: number; n: number }>('optOuts', scope)
    return new Map(rows.map((r) => [r.accountId, r.n]))
  }

  /** Each sending number with messages in the scope. */
  accounts(scope: AnalyticsScope): AccountRow[] {
    return this.all('accounts', scope)
  }

  /** The numbers that have any message, whatever the scope; removed ones too. */
  numbersWithMessages(): NumberRow[] {
    return this.numbersStmt.all()
  }

  account(id: number): NumberRow | undefined {
    return this.accountStmt.get(id)
  }

  /**
   * Answers sent from the Inbox in the scope (by when they were sent). A dry run's replies are never
   * answered, so a scope of dry runs alone has none.
   */
  answersSent(scope: AnalyticsScope): number {
    if (scope.dryRun === 'dry') return 0
    return (
      (this.db
        .prepare(
          `SELECT count(*) FROM conversation_messages WHERE direction = 'out' AND status = 'sent'
            AND at >= @from AND at < @to
            AND (@campaignId IS NULL OR campaign_id = @campaignId)
            AND (@accountId IS NULL OR account_id = @accountId)`,
        )
        .pluck()
        .get({
          from: scope.from,
          to: scope.to,
          campaignId: scope.campaignId ?? null,
          accountId: scope.accountId ?? null,
        }) as number | undefined) ?? 0
    )
  }

  /** The number of that name, whatever its case; a removed one only when no number in use has it. */
  accountNamed(name: string): NumberRow | undefined {
    return this.namedStmt.get(name)
  }

  totals(scope: AnalyticsScope): { status: MessageStatus; n: number }[] {
    return this.all('totals', scope)
  }

  /**
   * The values at the ranks around the median and the 90th percentile of sent → stage, in seconds: the
   * bucket counts say which bucket holds a rank, and only that bucket's values are read, in order.
   */
  durations(scope: AnalyticsScope, stage: DurationStage): DurationRow[] {
    const buckets = this.all<{ bucket: number; n: number }>('histogram', scope, {
      stage: sql.stageName(stage),
    })
    const n = buckets.reduce((sum, b) => sum + b.n, 0)
    if (n === 0) return []
    const ranks = [...new Set([...percentileRanks(n, 0.5), ...percentileRanks(n, 0.9)])]
    const rows: DurationRow[] = []
    let before = 0
    for (const b of buckets) {
      const inside = ranks.filter((rank) => rank >= before && rank < before + b.n)
      if (inside.length > 0) {
        const offset = Math.min(...inside) - before
        const values = this.all<{ d: number }>(stageQuery[stage], scope, {
          bucket: b.bucket,
          offset,
          limit: Math.max(...inside) - before - offset + 1,
        })
        for (const rank of inside) rows.push({ d: values[rank - before - offset]?.d ?? 0, rn: rank, n })
      }
      before += b.n
    }
    return rows
  }

  spans(scope: AnalyticsScope): SpanRow[] {
    return this.all('spans', scope)
  }

  sendHours(scope: AnalyticsScope): HourRow[] {
    return this.all('sendHours', scope)
  }

  replyHours(scope: AnalyticsScope): HourRow[] {
    return this.all('replyHours', scope)
  }

  variants(scope: AnalyticsScope): VariantRow[] {
    return this.all('variants', scope)
  }

  errors(scope: AnalyticsScope): ErrorRow[] {
    return this.all('errors', scope)
  }

  daily(scope: AnalyticsScope): DailyRow[] {
    return this.all('daily', scope)
  }

  prefixes(scope: AnalyticsScope): PrefixRow[] {
    return this.all('countries', scope)
  }

  campaignCounts(scope: AnalyticsScope): CampaignCountRow[] {
    return this.all('campaigns', scope)
  }

  campaignById(
    id: number,
  ): { id: number; name: string; status: CampaignStatus; dryRun: boolean } | undefined {
    const row = this.campaign.get(id)
    return row ? { ...row, dryRun: row.dryRun === 1 } : undefined
  }
}
