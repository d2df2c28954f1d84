import type { PacingSpec } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import { estimateFinish } from './pacing'
import type { History } from './pacing'
import type { WarmUp } from './send-budget'

export type Estimate = { messages: number; finishAt: string | null; days: number }

/**
 * The estimate shown before start: with how many contacts the frequency cap leaves out, and its days; the
 * campaigns already sending on the account (they share its budget) and the warm-up day.
 */
export type CampaignEstimate = Estimate & {
  recentlyContacted: number
  skipRecentDays: number
  sharing: string[]
  warmUp: WarmUp | null
  /** With several numbers, each one's share and when its last message goes; empty with one. */
  numbers: { accountId: number; name: string; messages: number; finishAt: string | null }[]
}

const day = 24 * 60 * 60 * 1000

/** When a campaign of `messages` would finish if started at `now`, and over how many days it spreads. */
export function estimateCampaign(
  spec: PacingSpec,
  messages: number,
  now: number,
  timeZone: string,
  /** The account: sends of the last 24 hours, and messages other running campaigns still have to send. */
  account: { history?: History; othersRemaining?: number } = {},
): Estimate {
  if (messages === 0) return { messages, finishAt: null, days: 0 }
  // A fixed seed: the same question gets the same answer while the user looks at the form.
  const total = messages + (account.othersRemaining ?? 0)
  const random = seededRandom(`estimate:${messages}`)
  const finish = estimateFinish(spec, total, now, timeZone, random, account.history)
  return {
    messages,
    finishAt: new Date(finish).toISOString(),
    days: Math.max(1, Math.ceil((finish - now) / day)),
  }
}
