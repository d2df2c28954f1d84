import type { Loadable } from '../state/app-slice'

/** Why a read failed: the words to show, and whether what was asked for is gone (deleted, never was). */
export type LoadProblem = { message: string | null; missing?: boolean }

/** How far a read is, as a store slice or a query hook knows it: what <LoadState> shows. */
export type LoadView<T> = {
  /** What was read; shown whenever there is some, even while a newer read is on its way. */
  data: T | null | undefined
  /** Why the last read failed; null while it has not. */
  error: LoadProblem | null
  onRetry: () => void
}

/** The read state of a list kept in the store (`campaignsStatus`, `campaignsError`, `loadCampaigns`). */
export function storeLoad<T>(
  status: Loadable,
  error: string | null,
  data: T,
  load: () => Promise<void>,
): LoadView<T> {
  return {
    data: status === 'loaded' ? data : null,
    error: status === 'failed' ? { message: error } : null,
    onRetry: () => void load(),
  }
}
