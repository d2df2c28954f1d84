import { useEffect, useMemo, useState } from 'react'
import type { Variant, VariantRule } from '../../src-shared/domain/campaigns'
import type { Output } from '../../src-shared/ipc/contract'
import { api } from './api'
import { useDebounced } from './use-debounced'

export type PreviewRow = Output<'templates:preview'>['rows'][number]

export type PreviewQuery = { listId: number; variants: Variant[]; variantRule?: VariantRule }

export type PreviewState = {
  /** The contact shown; kept while the next one loads, so the bubble does not blink. */
  row: PreviewRow | null
  total: number | null
  loading: boolean
  error: string | null
}

type Loaded = { key: string; row: PreviewRow | null; total: number; error: string | null }

/** Typing changes the message on every key; Herald renders it again once the typing pauses. */
const typingPauseMs = 350
/** How many contacts are checked for placeholders they cannot fill. */
export const sampleSize = 100

function useQueryKey(query: PreviewQuery | null): string | null {
  const key = useMemo(() => (query ? JSON.stringify(query) : null), [query])
  return useDebounced(key, typingPauseMs)
}

/** The message as the contact at `index` of the list will receive it. */
export function usePreview(query: PreviewQuery | null, index: number): PreviewState {
  const key = useQueryKey(query)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const requestKey = key ? `${key}#${index}` : null

  useEffect(() => {
    if (!key || !requestKey) return
    let current = true
    const input = JSON.parse(key) as PreviewQuery
    void api.invoke('templates:preview', { ...input, offset: index, limit: 1 }).then((result) => {
      if (!current) return
      if (result.ok)
        setLoaded({
          key: requestKey,
          row: result.value.rows[0] ?? null,
          total: result.value.total,
          error: null,
        })
      else
        setLoaded((last) => ({
          key: requestKey,
          row: last?.row ?? null,
          total: 0,
          error: result.error.message,
        }))
    })
    return () => {
      current = false
    }
  }, [key, requestKey, index])

  if (!requestKey) return { row: null, total: null, loading: false, error: null }
  return {
    row: loaded?.row ?? null,
    total: loaded && !loaded.error ? loaded.total : null,
    loading: loaded?.key !== requestKey,
    error: loaded?.key === requestKey ? loaded.error : null,
  }
}

export type MissingSample = { checked: number; missing: number; fields: string[] }

/** How many of the first contacts cannot fill a placeholder: cheap, and enough to show a pattern. */
export function useMissingSample(query: PreviewQuery | null): MissingSample | null {
  const key = useQueryKey(query)
  const [sample, setSample] = useState<{ key: string; value: MissingSample } | null>(null)

  useEffect(() => {
    if (!key) return
    let current = true
    const input = JSON.parse(key) as PreviewQuery
    void api.invoke('templates:preview', { ...input, offset: 0, limit: sampleSize }).then((result) => {
      if (!current || !result.ok) return
      const rows = result.value.rows
      const fields = [...new Set(rows.flatMap((row) => row.missing))]
      const missing = rows.filter((row) => row.missing.length > 0).length
      setSample({ key, value: { checked: rows.length, missing, fields } })
    })
    return () => {
      current = false
    }
  }, [key])

  return sample && sample.key === key ? sample.value : null
}
