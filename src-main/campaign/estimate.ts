import type { PacingSpec } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import { estimateFinish } from './pacing'

export type Estimate = { messages: number; finishAt: string | null; days: number }

const day = 24 * 60 * 60 * 1000

/** When a campaign of `messages` would finish if started at `now`, and over how many days it spreads. */
export function estimateCampaign(
  spec: PacingSpec,
  messages: number,
  now: number,
  timeZone: string,
): Estimate {
  if (messages === 0) return { messages, finishAt: null, days: 0 }
  // A fixed seed: the same question gets the same answer while the user looks at the form.
  const finish = estimateFinish(spec, messages, now, timeZone, seededRandom(`estimate:${messages}`))
  return {
    messages,
    finishAt: new Date(finish).toISOString(),
    days: Math.max(1, Math.ceil((finish - now) / day)),
  }
}
