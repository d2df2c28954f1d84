import type { Campaign, CampaignStatus, StatusCounts } from '../../../src-shared/domain/campaigns'
import { ratesOf, reachedOf } from '../../../src-shared/domain/rates'
import type { Reached } from '../../../src-shared/domain/rates'
import { campaignStatusLabels } from '../../lib/campaign-status'

/** A campaign's headline figures, from its counts per status (each message counts once, where it got to). */
export type CampaignFigures = Pick<
  Reached,
  'messages' | 'sent' | 'delivered' | 'read' | 'replied' | 'failed'
> & {
  /** The shared rates (src-shared/domain/rates.ts): of the messages sent; null when nothing was sent. */
  deliveredRate: number | null
  readRate: number | null
  repliedRate: number | null
}

export function figuresOf(counts: StatusCounts, total: number): CampaignFigures {
  const reached = reachedOf(counts)
  const rates = ratesOf(reached)
  return {
    messages: total,
    sent: reached.sent,
    delivered: reached.delivered,
    read: reached.read,
    replied: reached.replied,
    failed: counts.failed,
    deliveredRate: rates.delivery,
    readRate: rates.read,
    repliedRate: rates.reply,
  }
}

export const sortKeys = [
  'name',
  'status',
  'created',
  'messages',
  'sent',
  'deliveredRate',
  'readRate',
  'repliedRate',
  'failed',
] as const
export type SortKey = (typeof sortKeys)[number]
export type Sort = { key: SortKey; descending: boolean }

type Value = string | number | null

function valueOf(campaign: Campaign, key: SortKey): Value {
  switch (key) {
    case 'name':
      return campaign.name.toLocaleLowerCase()
    case 'status':
      return campaignStatusLabels[campaign.status]
    case 'created':
      return campaign.createdAt
    default:
      return figuresOf(campaign.counts, campaign.total)[key]
  }
}

/** Sorted copy; empty values (not started, nothing sent) always go last, whichever the direction. */
export function sortCampaigns(campaigns: readonly Campaign[], sort: Sort): Campaign[] {
  const direction = sort.descending ? -1 : 1
  return [...campaigns].sort((a, b) => {
    const x = valueOf(a, sort.key)
    const y = valueOf(b, sort.key)
    if (x === y) return b.id - a.id
    if (x === null) return 1
    if (y === null) return -1
    return (x < y ? -1 : 1) * direction
  })
}

export type Mode = 'all' | 'dry' | 'live'
export type CampaignFilter = { text: string; status: CampaignStatus | 'all'; mode: Mode }

/** Matches the text in the campaign's name, list or message, and the chosen status and mode. */
export function filterCampaigns(campaigns: readonly Campaign[], filter: CampaignFilter): Campaign[] {
  const text = filter.text.trim().toLocaleLowerCase()
  return campaigns.filter(
    (c) =>
      (filter.status === 'all' || c.status === filter.status) &&
      (filter.mode === 'all' || c.dryRun === (filter.mode === 'dry')) &&
      (text === '' || [c.name, c.listName, c.templateName].some((s) => s.toLocaleLowerCase().includes(text))),
  )
}
