import type { MessageLogPage, MessageLogQuery } from '../../src-shared/domain/history'
import type { CampaignsRepo } from '../db/repos/campaigns-repo'
import { MessageLogRepo } from '../db/repos/message-log-repo'
import { AppError } from '../errors'

/** A campaign's message log for the History screen: filtered, searched and paged. */
export class MessageLogService {
  private readonly log: MessageLogRepo

  constructor(
    db: ConstructorParameters<typeof MessageLogRepo>[0],
    private readonly campaigns: Pick<CampaignsRepo, 'get'>,
  ) {
    this.log = new MessageLogRepo(db)
  }

  page(query: MessageLogQuery): MessageLogPage {
    const campaign = this.campaigns.get(query.campaignId)
    if (!campaign) {
      throw new AppError(
        'NOT_FOUND',
        'That campaign no longer exists. It may have been deleted; go back to History.',
      )
    }
    const { offset = 0, limit = 200, ...filter } = query
    const page = this.log.page(filter, offset, limit)
    return { ...page, variants: this.log.variants(campaign.id, campaign.createdAt) }
  }
}
