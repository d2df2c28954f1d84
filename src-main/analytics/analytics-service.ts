import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import { AnalyticsQuerySchema } from '../../src-shared/domain/analytics'
import type { Analytics, AnalyticsQuery, NumberChoice } from '../../src-shared/domain/analytics'
import { AnalyticsRepo } from '../db/repos/analytics-repo'
import type { AnalyticsScope } from '../db/repos/analytics-repo'
import { ratesOf } from '../../src-shared/domain/rates'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { WidgetFiguresRepo } from '../db/repos/widget-figures-repo'
import { AppError } from '../errors'
import * as section from './sections'
import * as widgets from './widget-sections'

const dayMs = 86_400_000

/** What is wrong with the period asked for, by the field and the check that refused it. */
function periodProblem(issue: z.core.$ZodIssue | undefined): Phrase {
  const field = issue?.path[0]
  if (field === 'since' || field === 'until')
    return issue?.code === 'custom'
      ? phrase('reporting.period.noSuchDay')
      : phrase('reporting.period.dateFormat')
  if (issue?.path.length === 0 && issue.code === 'custom') return phrase('reporting.period.backwards')
  return phrase('reporting.period.invalid', { reason: issue?.message ?? '' })
}

/** The [from, to) ISO bounds on queued_at for inclusive UTC dates; open ends reach every message. */
export function periodBounds(query: AnalyticsQuery): { from: string; to: string } {
  const from = query.since ? `${query.since}T00:00:00.000Z` : ''
  const to = query.until
    ? new Date(Date.parse(`${query.until}T00:00:00.000Z`) + dayMs).toISOString()
    : '\uffff'
  return { from, to }
}

function rates(
  repo: AnalyticsRepo,
  scope: AnalyticsScope,
  optOuts: Map<number, number>,
): Pick<Analytics, 'rates' | 'funnel'> {
  const s = repo.summary(scope, optOuts)
  const durationSeconds = section.round(section.activeSeconds(repo.spans(scope)), 3)
  const attempted = s.sent + s.failed
  const shared = ratesOf(s, s.opt_outs)
  return {
    funnel: { queued: s.queued, sent: s.sent, delivered: s.delivered, read: s.read, replied: s.replied },
    rates: {
      attempted,
      success: shared.success,
      delivery: shared.delivery,
      read: shared.read,
      deliveredWithoutReadReceipts: s.delivered_without_receipts,
      numbersWithoutReadReceipts: s.numbers_without_receipts,
      reply: shared.reply,
      optOuts: s.opt_outs,
      optOut: shared.optOut,
      timeToDeliver: section.durationStats(repo.durations(scope, 'delivered_at')),
      timeToRead: section.durationStats(repo.durations(scope, 'read_at')),
      timeToReply: section.durationStats(repo.durations(scope, 'replied_at')),
      durationSeconds,
      throughputPerHour: durationSeconds > 0 ? section.round((s.sent * 3600) / durationSeconds, 3) : null,
    },
  }
}

/** The one line above the dashboard, over the same period, campaign and kind as everything below it. */
function headline(
  a: Pick<Analytics, 'funnel' | 'rates' | 'totals' | 'campaigns'>,
  answered: number,
): Analytics['headline'] {
  const campaigns = a.campaigns.filter((c) => Object.values(c.counts).some((n) => n > 0)).length
  const { sent, replied } = a.funnel
  return { campaigns, sent, replied, failed: a.totals.failed, replyRate: a.rates.reply, answered }
}

/**
 * What the campaigns did over a period (messages by their queued_at, UTC dates inclusive) and optionally
 * for one campaign. Hours and weekdays are UTC. Throws AppError for bad dates or an unknown campaign.
 */
export function analytics(db: Database, query: AnalyticsQuery): Analytics {
  return new AnalyticsService(db).analytics(query)
}

/** The analytics of one data folder; its statements are prepared once and reused. */
export class AnalyticsService {
  private readonly repo: AnalyticsRepo
  private readonly figures: WidgetFiguresRepo

  constructor(db: Database) {
    this.repo = new AnalyticsRepo(db)
    this.figures = new WidgetFiguresRepo(db)
  }

  analytics(input: AnalyticsQuery): Analytics {
    const parsed = AnalyticsQuerySchema.safeParse(input)
    if (!parsed.success) {
      throw new AppError('BAD_INPUT', periodProblem(parsed.error.issues[0]))
    }
    const query = parsed.data
    if (query.campaignId !== undefined && !this.repo.campaignById(query.campaignId)) {
      throw new AppError(
        'NOT_FOUND',
        phrase('reporting.analytics.campaignMissing', { campaignId: query.campaignId }),
      )
    }
    if (query.accountId !== undefined && !this.repo.account(query.accountId)) {
      throw new AppError(
        'NOT_FOUND',
        phrase('reporting.analytics.accountMissing', { accountId: query.accountId }),
      )
    }
    const scope: AnalyticsScope = {
      ...periodBounds(query),
      campaignId: query.campaignId,
      dryRun: query.dryRun,
      accountId: query.accountId,
    }
    const totals = section.emptyCounts()
    for (const row of this.repo.totals(scope)) totals[row.status] = row.n
    const optOuts = this.repo.optOuts(scope)
    const funnelAndRates = rates(this.repo, scope, optOuts)
    const campaigns = this.campaigns(scope, query.campaignId)
    return {
      totals,
      ...funnelAndRates,
      hourly: section.hourly(this.repo.sendHours(scope), this.repo.replyHours(scope)),
      variants: section.variants(this.repo.variants(scope)),
      errors: section.errors(this.repo.errors(scope)),
      daily: this.repo.daily(scope),
      countries: section.countries(this.repo.prefixes(scope)),
      campaigns,
      byAccount: section.byAccount(this.repo.accounts(scope), optOuts),
      accounts: this.repo.numbersWithMessages().map(section.numberChoice),
      headline: headline({ ...funnelAndRates, totals, campaigns }, this.repo.answersSent(scope)),
      templates: widgets.templates(this.figures.templates(scope)),
      inbox: widgets.inbox(this.figures.inbox(scope)),
    }
  }

  /**
   * The sending number of that name (any case), for `herald analytics --account`; a removed number's
   * history can still be asked for by its name. Throws AppError naming the numbers there are.
   */
  accountNamed(name: string): NumberChoice {
    const found = this.repo.accountNamed(name.trim())
    if (found) return section.numberChoice(found)
    const names = this.repo.numbersWithMessages().map((n) => `“${n.name}”`)
    throw new AppError(
      'NOT_FOUND',
      names.length === 0
        ? phrase('reporting.analytics.numberMissing', { name })
        : phrase('reporting.analytics.numberMissingSome', { name, names: names.join(', ') }),
    )
  }

  private campaigns(scope: AnalyticsScope, campaignId: number | undefined): Analytics['campaigns'] {
    const list = section.campaigns(this.repo.campaignCounts(scope))
    const only = campaignId === undefined ? undefined : this.repo.campaignById(campaignId)
    if (only && list.length === 0) return [{ ...only, counts: section.emptyCounts() }]
    return list
  }
}
