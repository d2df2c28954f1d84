import { messageStatuses } from './campaigns'
import type { StatusCounts } from './campaigns'

/** Counts per status for tests: every status zero but the ones given. */
export function countsOf(some: Partial<StatusCounts> = {}): StatusCounts {
  const counts = Object.fromEntries(messageStatuses.map((s) => [s, 0])) as StatusCounts
  return { ...counts, ...some }
}
