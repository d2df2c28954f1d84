import { useEffect, useRef, useState } from 'react'
import type { Analytics, AnalyticsQuery } from '../../src-shared/domain/analytics'
import type { AppFailure } from '../../src-shared/ipc/result'
import { api } from './api'
import { useThrottled } from './use-throttled'
import { useStore } from '../state/store'

export type AnalyticsLoad = {
  data: Analytics | null
  /** Whether `data` answers this very query; otherwise it belongs to the period picked before. */
  current: boolean
  /** The answer to this query is on its way. */
  loading: boolean
  error: AppFailure | null
  retry: () => void
}

/** A running campaign reports progress several times a second; the dashboard reads again at most this often. */
const refreshMs = 2000

/**
 * The analytics for a query, read again while campaigns make progress so that the numbers stay current.
 * A null query (an unfinished custom period) keeps what is shown and asks nothing.
 */
export function useAnalytics(query: AnalyticsQuery | null): AnalyticsLoad {
  const key = query ? JSON.stringify(query) : null
  const progress = useThrottled(
    useStore((state) => state.progress),
    refreshMs,
  )
  // Progress pushed while the connection was down is lost: read again once it is back.
  const online = useStore((state) => state.connection === 'open')
  const [attempt, setAttempt] = useState(0)
  const [loaded, setLoaded] = useState<{ key: string; data: Analytics } | null>(null)
  const [failed, setFailed] = useState<{ key: string; error: AppFailure } | null>(null)
  const asked = useRef(0)

  useEffect(() => {
    if (key === null) return
    const ticket = ++asked.current
    void api.invoke('analytics:get', JSON.parse(key) as AnalyticsQuery).then((result) => {
      // An older answer must not replace a newer one that arrived first.
      if (ticket !== asked.current) return
      if (result.ok) {
        setLoaded({ key, data: result.value })
        setFailed(null)
      } else setFailed({ key, error: result.error })
    })
  }, [key, attempt, progress, online])

  const error = failed && failed.key === key ? failed.error : null
  const current = key !== null && loaded?.key === key
  return {
    data: loaded?.data ?? null,
    current,
    loading: key !== null && !current && error === null,
    error,
    retry: () => {
      setFailed(null)
      setAttempt((n) => n + 1)
    },
  }
}
