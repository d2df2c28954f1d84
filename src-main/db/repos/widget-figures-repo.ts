import type { Database, Statement } from 'better-sqlite3'
import type { ConversationStatus } from '../../../src-shared/domain/inbox'
import type { AnalyticsScope } from './analytics-repo'
import { rollupScope } from './analytics-sql'
import type { ScopeKind } from './analytics-sql'

/** One template's campaigns in the scope, from the rollups; counts cumulative as the funnel's. */
export type TemplateRow = {
  template: string
  campaigns: number
  messages: number
  sent: number
  delivered: number
  read: number
  replied: number
  failed: number
}

/** People who replied in the period, by where their conversation stands now, and their replies. */
export type InboxStatusRow = { status: ConversationStatus; contacts: number; replies: number }

const templatesSql = (kind: ScopeKind): string => `
  SELECT c.template_name AS template, count(DISTINCT r.campaign_id) AS campaigns, sum(r.n) AS messages,
    sum(r.sent) AS sent, sum(r.delivered) AS delivered, sum(r.read) AS read, sum(r.replied) AS replied,
    coalesce(sum(CASE WHEN r.status = 'failed' THEN r.n END), 0) AS failed
  FROM insight_status r JOIN campaigns c ON c.id = r.campaign_id
  WHERE ${rollupScope(kind)} GROUP BY c.template_name`

// Replies by when they came (conversation_messages_replies_at), of one campaign or of the real
// conversations, the rehearsed ones or both, as the Dashboard's mode says; of one number or of all.
const inboxSql = (kind: ScopeKind): string => `
  SELECT c.status AS status, count(*) AS contacts, sum(x.replies) AS replies
  FROM (SELECT cm.conversation_id AS id, count(*) AS replies FROM conversation_messages cm
      WHERE cm.direction = 'in' AND cm.at >= @from AND cm.at < @to
        ${kind.startsWith('campaign') ? 'AND cm.campaign_id = @campaignId' : ''}
        ${kind.endsWith('+account') ? 'AND cm.account_id = @accountId' : ''}
      GROUP BY cm.conversation_id) x
    JOIN conversations c ON c.id = x.id
  ${kind.startsWith('campaign') ? '' : "WHERE (@dryRun = 'all' OR c.rehearsal = (@dryRun = 'dry'))"}
  GROUP BY c.status`

const builders = { templates: templatesSql, inbox: inboxSql } as const

/** The figures of the Dashboard's newer widgets: best templates, and replies and leads. */
export class WidgetFiguresRepo {
  private readonly prepared = new Map<string, Statement>()

  constructor(private readonly db: Database) {}

  templates(scope: AnalyticsScope): TemplateRow[] {
    return this.all('templates', scope)
  }

  inbox(scope: AnalyticsScope): InboxStatusRow[] {
    return this.all('inbox', scope)
  }

  private all<T>(name: keyof typeof builders, scope: AnalyticsScope): T[] {
    const base = scope.campaignId === undefined ? 'all' : 'campaign'
    const kind: ScopeKind = scope.accountId === undefined ? base : `${base}+account`
    const key = `${name}:${kind}`
    let stmt = this.prepared.get(key)
    if (!stmt) {
      stmt = this.db.prepare(builders[name](kind))
      this.prepared.set(key, stmt)
    }
    const params: Record<string, string | number> = { from: scope.from, to: scope.to }
    if (scope.campaignId !== undefined) params.campaignId = scope.campaignId
    else params.dryRun = scope.dryRun ?? 'live'
    if (scope.accountId !== undefined) params.accountId = scope.accountId
    return stmt.all(params) as T[]
  }
}
