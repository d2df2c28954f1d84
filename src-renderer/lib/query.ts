import { QueryClient, skipToken, useQueries, useQuery as useTanstackQuery } from '@tanstack/react-query'
import type { Query as CachedQuery, QueryFunction } from '@tanstack/react-query'
import { useState } from 'react'
import type { EventChannel, Input, Output, RequestChannel } from '../../src-shared/ipc/contract'
import type { AppFailure } from '../../src-shared/ipc/result'
import { api } from './api'
import type { LoadView } from './load-view'

// Server state (what the main process owns) is read through TanStack Query: one cache keyed by channel and
// input, one read for components that ask at once, answers kept apart by input, and reads made stale by the
// push events each one names (wired in state/subscriptions.ts).

/** A read that failed: Herald's code and words, and whether what was asked for is gone. */
export type QueryError = AppFailure & { missing: boolean }

/** What a screen knows of one read from Herald; `data`, `error` and `refetch` are what <LoadState> takes. */
export type Query<T> = LoadView<T> & {
  data: T | undefined
  error: QueryError | null
  /** The answer to this input is on its way and none is here yet (an older one may show, see `current`). */
  loading: boolean
  /** A read is on its way: the first one, or a refresh. */
  fetching: boolean
  /** Whether `data` answers this very input, rather than the one asked for before. */
  current: boolean
}

export type QueryOptions = {
  /** Push events after which the answer may have changed: it goes stale and, while shown, is read again. */
  invalidateOn?: readonly EventChannel[]
  /** Show the last answer while another input is read, or when its read fails, so the view does not blink. */
  keepPrevious?: boolean
}

/** A failed Result, thrown so that the cache records it as the read's error. */
class ReadFailed extends Error {
  constructor(readonly failure: AppFailure) {
    super(failure.message)
  }
}

function queryError(error: unknown): QueryError {
  const failure: AppFailure =
    error instanceof ReadFailed
      ? error.failure
      : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
  return { ...failure, missing: failure.code === 'NOT_FOUND' }
}

/** A cache with Herald's defaults; the app has one, a test makes its own. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Herald answers from this computer, online or not: reads never wait for the browser to see a network.
        networkMode: 'always',
        // A failure is shown at once, with its Retry, rather than retried quietly.
        retry: false,
        // Answers change with push events and after a reconnect, not when the window gets the focus back.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  })
}

/** The renderer's one cache of what it read from Herald. */
export const queryClient = createQueryClient()

type ReadOptions<C extends RequestChannel> = {
  queryKey: readonly [C, Input<C> | null]
  queryFn: QueryFunction<Output<C>> | typeof skipToken
  meta: { invalidateOn: readonly EventChannel[] }
}

/** How one channel and input are read and cached: shared by the hooks below and the tests. */
export function readQuery<C extends RequestChannel>(
  channel: C,
  input: Input<C> | null,
  invalidateOn: readonly EventChannel[] = [],
): ReadOptions<C> {
  return {
    queryKey: [channel, input],
    // A null input asks nothing yet (a form not filled in, a dialog closed).
    queryFn:
      input === null
        ? skipToken
        : async () => {
            const result = await api.invoke(channel, input)
            if (!result.ok) throw new ReadFailed(result.error)
            return result.value
          },
    meta: { invalidateOn },
  }
}

/** The part of TanStack Query's result that a view is made of. */
export type ReadState<T> = {
  data: T | undefined
  error: unknown
  isFetching: boolean
  refetch: () => unknown
}

/** A read as a screen sees it; `shown` is what to show while this input has no answer of its own. */
export function queryView<T>(result: ReadState<T>, asking: boolean, shown?: T): Query<T> {
  const current = result.data !== undefined
  const error = result.error ? queryError(result.error) : null
  return {
    data: result.data ?? shown,
    error,
    loading: asking && !current && !error,
    fetching: result.isFetching,
    current,
    refetch: () => void result.refetch(),
  }
}

/** The last answer there was, for a view that keeps showing it (the "storing previous renders" pattern). */
function useLast<T>(data: T | undefined, keep: boolean): T | undefined {
  const [last, setLast] = useState<T | undefined>(undefined)
  if (keep && data !== undefined && data !== last) setLast(data)
  return keep ? last : undefined
}

/** Reads `channel` with `input` (null: not yet), from the cache at once when it has it, and again when stale. */
export function useQuery<C extends RequestChannel>(
  channel: C,
  input: Input<C> | null,
  options: QueryOptions = {},
): Query<Output<C>> {
  const result = useTanstackQuery(readQuery(channel, input, options.invalidateOn))
  const last = useLast(result.data, options.keepPrevious === true)
  return queryView(result, input !== null, last)
}

/** Several reads of one channel together: every answer in order, once all have come, or the first failure. */
export function useQueryList<C extends RequestChannel>(
  channel: C,
  inputs: readonly Input<C>[] | null,
  options: QueryOptions = {},
): Query<Output<C>[]> {
  return useQueries({
    queries: (inputs ?? []).map((input) => readQuery(channel, input, options.invalidateOn)),
    combine: (results): Query<Output<C>[]> => {
      const answers = results.flatMap((r) => (r.data === undefined ? [] : [r.data]))
      const read: ReadState<Output<C>[]> = {
        data: inputs !== null && answers.length === results.length ? answers : undefined,
        error: results.find((r) => r.error)?.error ?? null,
        isFetching: results.some((r) => r.isFetching),
        refetch: () => results.forEach((r) => void r.refetch()),
      }
      return queryView(read, inputs !== null)
    },
  })
}

function namesEvent(query: CachedQuery, event: EventChannel): boolean {
  const names = query.meta?.invalidateOn
  return Array.isArray(names) && names.includes(event)
}

/** Progress is pushed several times a second; reads that follow it go again at most this often. */
const coolDownMs: Partial<Record<EventChannel, number>> = { 'campaign:progress': 2000 }

/**
 * What to call on a push event: the reads that named it go stale, and those on screen are read again —
 * at once, then at most once per cool-down for the frequent events, with a last read after a burst.
 */
export function createInvalidator(client: QueryClient): (event: EventChannel) => void {
  const cooling = new Map<EventChannel, { due: boolean }>()
  const invalidate = (event: EventChannel): void => {
    void client.invalidateQueries(
      { predicate: (query) => namesEvent(query, event) },
      // Under a stream of pushes a read on its way is kept; cancelling it each time could starve it.
      { cancelRefetch: coolDownMs[event] === undefined },
    )
  }
  const coolDown = (event: EventChannel, ms: number): void => {
    const state = { due: false }
    cooling.set(event, state)
    setTimeout(() => {
      cooling.delete(event)
      if (!state.due) return
      invalidate(event)
      coolDown(event, ms)
    }, ms)
  }
  return (event) => {
    const ms = coolDownMs[event]
    const state = cooling.get(event)
    if (state) {
      state.due = true
      return
    }
    invalidate(event)
    if (ms !== undefined) coolDown(event, ms)
  }
}
