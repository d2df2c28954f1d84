import { useCallback, useEffect, useRef, useState } from 'react'
import type { Result } from '../../src-shared/ipc/result'

export type Page<T> = { total: number; rows: T[] }
export type PageFetcher<T> = (offset: number, limit: number) => Promise<Result<Page<T>>>

/** Rows of a long server-side list, fetched a page at a time as the table asks for them. */
export type PagedRows<T> = {
  /** How many rows there are: the server's answer, or the caller's expectation until it arrives. */
  total: number
  /** True until the first page of the current query has arrived. */
  loading: boolean
  error: string | null
  rowAt: (index: number) => T | undefined
  requestRange: (first: number, last: number) => void
  retry: () => void
}

type Loaded<T> = { query: string; pages: Map<number, T[]>; total: number | null; error: string | null }

function emptyFor<T>(query: string): Loaded<T> {
  return { query, pages: new Map<number, T[]>(), total: null, error: null }
}

const pageSize = 200
// Dragging the scrollbar across 100,000 rows passes hundreds of pages; only those it stops on are fetched.
const settleMs = 60

/**
 * Pages of rows for `query` (any string that changes when the filter or search does). `fetchPage` may be a
 * new function on every render; the latest one is used. A new `revision` reads the pages already loaded
 * again in place, keeping the rows and the scroll position: how a live list stays current.
 */
export function usePagedRows<T>(
  query: string,
  fetchPage: PageFetcher<T>,
  expectedTotal = 0,
  revision = 0,
): PagedRows<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>(() => emptyFor<T>(query))
  const fetcher = useRef(fetchPage)
  const inFlight = useRef(new Set<string>())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    fetcher.current = fetchPage
  })

  const load = useCallback(
    (page: number): void => {
      const id = `${query}\u0000${page}`
      if (inFlight.current.has(id)) return
      inFlight.current.add(id)
      void fetcher.current(page * pageSize, pageSize).then((result) => {
        inFlight.current.delete(id)
        setLoaded((current) => {
          const base = current.query === query ? current : emptyFor<T>(query)
          if (!result.ok) return { ...base, error: result.error.message }
          const pages = new Map(base.pages).set(page, result.value.rows)
          return { query, pages, total: result.value.total, error: null }
        })
      })
    },
    [query],
  )

  useEffect(() => {
    load(0)
    const pending = timer
    return () => {
      if (pending.current) clearTimeout(pending.current)
    }
  }, [load, attempt])

  const current = loaded.query === query ? loaded : null
  const pages = current?.pages
  const loadedPages = useRef<Map<number, T[]> | undefined>(pages)
  const readAt = useRef(revision)

  useEffect(() => {
    loadedPages.current = pages
  })
  useEffect(() => {
    if (readAt.current === revision) return
    readAt.current = revision
    for (const page of loadedPages.current?.keys() ?? []) load(page)
  }, [revision, load])

  const requestRange = useCallback(
    (first: number, last: number): void => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
          if (!pages?.has(page)) load(page)
        }
      }, settleMs)
    },
    [pages, load],
  )

  return {
    total: current?.total ?? expectedTotal,
    loading: !current?.pages.has(0) && !current?.error,
    error: current?.error ?? null,
    rowAt: (index) => pages?.get(Math.floor(index / pageSize))?.[index % pageSize],
    requestRange,
    retry: () => {
      setLoaded(emptyFor<T>(query))
      setAttempt((n) => n + 1)
    },
  }
}
