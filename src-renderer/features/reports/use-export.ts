import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportFormat, ReportKind } from '../../../src-shared/domain/reports'
import { reportKinds } from '../../../src-shared/domain/reports'
import type { Locale } from '../../../src-shared/i18n/locales'
import { api } from '../../lib/api'

export type ReportChoice = ReportKind | 'all'

export type ExportState =
  | { step: 'choose'; error: string | null }
  | { step: 'saving'; rowsWritten: number; totalRows: number }
  | { step: 'done'; file: string; bytes: number; rows: number }

export type ExportControl = {
  state: ExportState
  /** `language`: of the file's headings and words (CSV, Excel). */
  start: (report: ReportChoice, format: ExportFormat, language: Locale) => Promise<void>
  reset: () => void
}

const newExportId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `export-${Date.now()}-${Math.random()}`

/** One export at a time: asks the main process to save, follows its progress events, keeps the outcome. */
export function useExport(campaignId: number | undefined): ExportControl {
  const [state, setState] = useState<ExportState>({ step: 'choose', error: null })
  const current = useRef<string | null>(null)

  // Progress belongs to this dialog only, so it is followed here rather than through the store.
  useEffect(
    () =>
      api.on('reports:progress', (progress) => {
        if (progress.exportId !== current.current) return
        setState((previous) =>
          previous.step === 'saving'
            ? { step: 'saving', rowsWritten: progress.rowsWritten, totalRows: progress.totalRows }
            : previous,
        )
      }),
    [],
  )

  const start = useCallback(
    async (report: ReportChoice, format: ExportFormat, language: Locale): Promise<void> => {
      const exportId = newExportId()
      current.current = exportId
      setState({ step: 'saving', rowsWritten: 0, totalRows: 0 })
      const reports = report === 'all' ? [...reportKinds] : [report]
      const result = await api.invoke('reports:export', {
        exportId,
        reports,
        format,
        // The times of the file, as the screens show them
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        language,
        ...(campaignId === undefined ? {} : { campaignId }),
      })
      current.current = null
      if (!result.ok) setState({ step: 'choose', error: result.error.message })
      else if (result.value.status === 'cancelled') setState({ step: 'choose', error: null })
      else {
        const { file, bytes, rows } = result.value
        setState({ step: 'done', file, bytes, rows })
      }
    },
    [campaignId],
  )

  const reset = useCallback(() => {
    current.current = null
    setState({ step: 'choose', error: null })
  }, [])

  return { state, start, reset }
}
