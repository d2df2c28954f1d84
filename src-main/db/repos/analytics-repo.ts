import type { Database, Statement } from 'better-sqlite3'
import type { CampaignStatus, ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import * as sql from './analytics-sql'
import type { ScopeKind } from './analytics-sql'

/** Messages queued in [from, to) (ISO timestamps), optionally of one campaign. */
export type AnalyticsScope = { campaignId?: number; from: string; to: string }

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
  status: MessageStatus
  n: number
}
export type QuickStatsRow = { campaigns: number; sent: number; replied: number; failed: number }
export type DurationStage = 'delivered_at' | 'read_at' | 'replied_at'

const builders = {
  summary: sql.summarySql,
  totals: sql.totalsSql,
  deliver: (scope: string) => sql.durationSql(scope, 'delivered_at'),
  read: (scope: string) => sql.durationSql(scope, 'read_at'),
  reply: (scope: string) => sql.durationSql(scope, 'replied_at'),
  spans: sql.spansSql,
  sendHours: sql.sendHoursSql,
  replyHours: sql.replyHoursSql,
  variants: sql.variantsSql,
  errors: sql.errorsSql,
  daily: sql.dailySql,
  countries: sql.countriesSql,
  campaigns: sql.campaignCountsSql,
} as const
type QueryName = keyof typeof builders

const stageQuery: Record<DurationStage, QueryName> = {
  delivered_at: 'deliver',
  read_at: 'read',
  replied_at: 'reply',
}

/**
 * Read-only aggregate queries over messages for the dashboard and `herald analytics`. Each statement is
 * prepared once per scope kind (all campaigns, one campaign), on first use.
 */
export class AnalyticsRepo {
  private readonly prepared = new Map<string, Statement>()
  private readonly quick: Statement<[{ from: string }], QuickStatsRow>
  private readonly campaign: Statement<[number], { id: number; name: string; status: CampaignStatus }>

  constructor(private readonly db: Database) {
    this.quick = db.prepare(sql.quickStatsSql)
    this.campaign = db.prepare('SELECT id, name, status FROM campaigns WHERE id = ?')
  }

  private stmt(name: QueryName, scope: AnalyticsScope): Statement {
    const kind: ScopeKind = scope.campaignId === undefined ? 'all' : 'campaign'
    const key = `${name}:${kind}`
    let stmt = this.prepared.get(key)
    if (!stmt) {
      stmt = this.db.prepare(builders[name](sql.scopeSql(kind)))
      this.prepared.set(key, stmt)
    }
    return stmt
  }

  private all<T>(name: QueryName, scope: AnalyticsScope): T[] {
    const params =
      scope.campaignId === undefined
        ? { from: scope.from, to: scope.to }
        : { from: scope.from, to: scope.to, campaignId: scope.campaignId }
    return this.stmt(name, scope).all(params) as T[]
  }

  summary(scope: AnalyticsScope): SummaryRow {
    const [row] = this.all<SummaryRow>('summary', scope)
    if (!row) throw new Error('The summary query returned no row')
    return row
  }

  totals(scope: AnalyticsScope): { status: MessageStatus; n: number }[] {
    return this.all('totals', scope)
  }

  /** The values around the median and the 90th percentile of sent → stage, in seconds. */
  durations(scope: AnalyticsScope, stage: DurationStage): DurationRow[] {
    return this.all(stageQuery[stage], scope)
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

  quickStats(from: string): QuickStatsRow {
    return this.quick.get({ from }) ?? { campaigns: 0, sent: 0, replied: 0, failed: 0 }
  }

  campaignById(id: number): { id: number; name: string; status: CampaignStatus } | undefined {
    return this.campaign.get(id)
  }
}
