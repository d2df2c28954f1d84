import type { CampaignStatus } from '../../../src-shared/domain/campaigns'
import { formatCount } from '../../lib/format'
import type { Translate } from '../../i18n/use-t'
import { quoted } from './names'

export type AccountState = {
  status: CampaignStatus
  sharing?: string[]
  warmUp?: { day: number; hourlyCap: number; dailyCap: number } | null
}

/** The account's side: other campaigns sharing the budget, and the warm-up of a new number. */
export function accountLines(t: Translate, live: AccountState): string[] {
  const lines: string[] = []
  const sharing = live.status === 'running' ? (live.sharing ?? []) : []
  if (sharing.length > 0) {
    lines.push(t('campaigns.live.sharingBudget', { names: quoted(t, sharing) }))
  }
  if (live.warmUp && (live.status === 'running' || live.status === 'scheduled')) {
    const { day, hourlyCap, dailyCap } = live.warmUp
    lines.push(
      t('campaigns.live.warmingUp', { day, hourly: formatCount(hourlyCap), daily: formatCount(dailyCap) }),
    )
  }
  return lines
}
