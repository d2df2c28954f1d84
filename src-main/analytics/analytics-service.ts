import type { Database } from 'better-sqlite3'
import { AnalyticsQuerySchema } from '../../src-shared/domain/analytics'
import type { Analytics, AnalyticsQuery } from '../../src-shared/domain/analytics'
import { AnalyticsRepo } from '../db/repos/analytics-repo'
import type { AnalyticsScope } from '../db/repos/analytics-repo'
import { AppError } from '../errors'
import * as section from './sections'
import { ratio } from './stats'

const dayMs = 86_400_000

/** The [from, to) ISO bounds on queued_at for inclusive UTC dates; open ends reach every message. */
export function periodBounds(query: AnalyticsQuery): { from: string; to: string } {
  const from = query.since ? `${query.since}T00:00:00.000Z` : ''
  const to = query.until
    ? new Date(Date.parse(`${query.until}T00:00:00.000Z`) + dayMs).toISOString()
    : '\uffff'
  return { from, to }
}

function rates(repo: AnalyticsRepo, scope: AnalyticsScope): Pick<Analytics, 'rates' | 'funnel'> {
  const s = repo.summary(scope)
  const durationSeconds = section.round(section.activeSeconds(repo.spans(scope)), 3)
  const attempted = s.sent + s.failed
  return {
    funnel: { queued: s.queued, sent: s.sent, delivered: s.delivered, read: s.read, replied: s.replied },
    rates: {
      attempted,
      success: ratio(s.sent, attempted),
      delivery: ratio(s.delivered, s.sent),
      read: ratio(s.read_with_receipts, s.delivered_with_receipts),
      deliveredWithoutReadReceipts: s.delivered_without_receipts,
      numbersWithoutReadReceipts: s.numbers_without_receipts,
      reply: ratio(s.replied, s.sent),
      optOuts: s.opt_outs,
      optOut: ratio(s.opt_outs, s.sent),
      timeToDeliver: section.durationStats(repo.durations(scope, 'delivered_at')),
      timeToRead: section.durationStats(repo.durations(scope, 'read_at')),
      timeToReply: section.durationStats(repo.durations(scope, 'replied_at')),
      durationSeconds,
      throughputPerHour: durationSeconds > 0 ? section.round((s.sent * 3600) / durationSeconds, 3) : null,
    },
  }
}

function last30Days(repo: AnalyticsRepo, now: Date): Analytics['last30Days'] {
  const since = new Date(now.getTime() - 30 * dayMs).toISOString()
  const q = repo.quickStats(since)
  return { since, ...q, replyRate: ratio(q.replied, q.sent) }
}

/**
 * What the campaigns did over a period (messages by their queued_at, UTC dates inclusive) and optionally
 * for one campaign. Hours and weekdays are UTC. Throws AppError for bad dates or an unknown campaign.
 */
export function analytics(db: Database, query: AnalyticsQuery, now: Date = new Date()): Analytics {
  return new AnalyticsService(db, () => now).analytics(query)
}

/** The analytics of one data folder; its statements are prepared once and reused. */
export class AnalyticsService {
  private readonly repo: AnalyticsRepo

  constructor(
    db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repo = new AnalyticsRepo(db)
  }

  analytics(input: AnalyticsQuery): Analytics {
    const parsed = AnalyticsQuerySchema.safeParse(input)
    if (!parsed.success) {
      throw new AppError('BAD_INPUT', parsed.error.issues[0]?.message ?? 'Check the period.')
    }
    const query = parsed.data
    if (query.campaignId !== undefined && !this.repo.campaignById(query.campaignId)) {
      throw new AppError(
        'NOT_FOUND',
        `There is no campaign ${query.campaignId}. Run herald analytics to see every campaign and its ID.`,
      )
    }
    const scope: AnalyticsScope = { ...periodBounds(query), campaignId: query.campaignId }
    const totals = section.emptyCounts()
    for (const row of this.repo.totals(scope)) totals[row.status] = row.n
    return {
      totals,
      ...rates(this.repo, scope),
      hourly: section.hourly(this.repo.sendHours(scope), this.repo.replyHours(scope)),
      variants: section.variants(this.repo.variants(scope)),
      errors: section.errors(this.repo.errors(scope)),
      daily: this.repo.daily(scope),
      countries: section.countries(this.repo.prefixes(scope)),
      campaigns: this.campaigns(scope, query.campaignId),
      last30Days: last30Days(this.repo, this.now()),
    }
  }

  private campaigns(scope: AnalyticsScope, campaignId: number | undefined): Analytics['campaigns'] {
    const list = section.campaigns(this.repo.campaignCounts(scope))
    const only = campaignId === undefined ? undefined : this.repo.campaignById(campaignId)
    if (only && list.length === 0) return [{ ...only, counts: section.emptyCounts() }]
    return list
  }
}
