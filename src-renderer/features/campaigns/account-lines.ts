import type { CampaignStatus } from '../../../src-shared/domain/campaigns'
import { formatCount } from '../../lib/format'

export type AccountState = {
  status: CampaignStatus
  sharing?: string[]
  warmUp?: { day: number; hourlyCap: number; dailyCap: number } | null
}

const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(', ')

/** The account's side: other campaigns sharing the budget, and the warm-up of a new number. */
export function accountLines(live: AccountState): string[] {
  const lines: string[] = []
  const sharing = live.status === 'running' ? (live.sharing ?? []) : []
  if (sharing.length > 0) {
    lines.push(
      `Sharing the sending budget with ${quoted(sharing)}: together they keep to one pace, so each goes slower.`,
    )
  }
  if (live.warmUp && (live.status === 'running' || live.status === 'scheduled')) {
    const { day, hourlyCap, dailyCap } = live.warmUp
    lines.push(
      `Warming up a new number: day ${day} of 10, at most ${formatCount(hourlyCap)} an hour and ${formatCount(dailyCap)} a day.`,
    )
  }
  return lines
}
