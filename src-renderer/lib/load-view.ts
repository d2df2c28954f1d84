/** Why a read failed: the words to show, and whether what was asked for is gone (deleted, never was). */
export type LoadProblem = { message: string | null; missing?: boolean }

/** How far a read is, as a store slice or the query layer knows it: what <LoadState> shows. */
export type LoadView<T> = {
  /** What was read; shown whenever there is some, even while a newer read is on its way. */
  data: T | null | undefined
  /** Why the last read failed; null while it has not. */
  error: LoadProblem | null
  /** Reads it again (the Retry of a failure). */
  refetch: () => void
}
