import { useMemo } from 'react'
import type { Variant, VariantRule } from '../../src-shared/domain/campaigns'
import type { Output } from '../../src-shared/ipc/contract'
import { useQuery } from './query'
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

/** Typing changes the message on every key; Herald renders it again once the typing pauses. */
const typingPauseMs = 350
/** How many contacts are checked for placeholders they cannot fill. */
export const sampleSize = 100

/** The query once the typing pauses; the same object until then, so nothing is asked meanwhile. */
function useSettled(query: PreviewQuery | null): PreviewQuery | null {
  const key = useDebounced(
    useMemo(() => (query ? JSON.stringify(query) : null), [query]),
    typingPauseMs,
  )
  return useMemo(() => (key ? (JSON.parse(key) as PreviewQuery) : null), [key])
}

// The contacts of the list, and so the preview, change when the list does.
const options = { invalidateOn: ['lists:changed'], keepPrevious: true } as const

/** The message as the contact at `index` of the list will receive it. */
export function usePreview(query: PreviewQuery | null, index: number): PreviewState {
  const settled = useSettled(query)
  const read = useQuery('templates:preview', settled && { ...settled, offset: index, limit: 1 }, options)
  if (!settled) return { row: null, total: null, loading: false, error: null }
  return {
    row: read.data?.rows[0] ?? null,
    total: read.error ? null : (read.data?.total ?? null),
    loading: read.loading,
    error: read.error?.message ?? null,
  }
}

export type MissingSample = { checked: number; missing: number; fields: string[] }

/** How many of the first contacts cannot fill a placeholder: cheap, and enough to show a pattern. */
export function useMissingSample(query: PreviewQuery | null): MissingSample | null {
  const settled = useSettled(query)
  const read = useQuery('templates:preview', settled && { ...settled, offset: 0, limit: sampleSize }, {
    invalidateOn: options.invalidateOn,
  })
  if (!read.data || !settled) return null
  const rows = read.data.rows
  const fields = [...new Set(rows.flatMap((row) => row.missing))]
  const missing = rows.filter((row) => row.missing.length > 0).length
  return { checked: rows.length, missing, fields }
}
