import type { Database } from 'better-sqlite3'
import type { MessageLogPage, MessageLogQuery, RetryResult } from '../../src-shared/domain/history'
import { seedHistory } from '../analytics/seed'
import type { SeedOptions, SeedSummary } from '../analytics/seed'
import { MessageLogRepo } from '../db/repos/message-log-repo'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import { RetryService } from './retry'
import type { RetryDeps, RetryRequest } from './retry'

export type HistoryDeps = RetryDeps & { db: Database }

/** What the campaigns did, message by message (History's log), and a retry of what did not go. */
export class HistoryService {
  private readonly log: MessageLogRepo
  private readonly retrier: RetryService

  constructor(private readonly deps: HistoryDeps) {
    this.log = new MessageLogRepo(deps.db)
    this.retrier = new RetryService(deps.db, deps)
  }

  /** A campaign's message log: filtered, searched and paged. */
  messages(query: MessageLogQuery): MessageLogPage {
    const campaign = this.deps.campaigns.find(query.campaignId)
    if (!campaign) {
      throw new AppError('NOT_FOUND', phrase('sending.campaign.goneBackToHistory'))
    }
    const { offset = 0, limit = 200, ...filter } = query
    const page = this.log.page(filter, offset, limit)
    return {
      ...page,
      variants: this.log.variants(campaign.id, campaign.createdAt),
      numbers: this.log.numbers(),
    }
  }

  /** "Retry failed / unsent": a new campaign, not started, to the contacts whose message did not go. */
  retry(request: RetryRequest): Promise<RetryResult> {
    return this.retrier.retry(request)
  }

  /** Fills an empty data folder with synthetic history, for demos and benchmarks (`herald dev seed`). */
  seedSynthetic(options: SeedOptions): SeedSummary {
    return seedHistory(this.deps.db, options)
  }
}
