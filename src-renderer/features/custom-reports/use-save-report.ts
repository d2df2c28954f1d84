import { useState } from 'react'
import type { SavedReport } from '../../../src-shared/domain/custom-reports'
import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { queryClient, readQuery } from '../../lib/query'

/** The same report name, whatever its case, as Herald finds saved reports. */
export const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase()

/** The saved reports as the list shows them, with this one put in (before the list is read again). */
export function noteSaved(saved: SavedReport): void {
  const { queryKey } = readQuery('customReports:list', {})
  queryClient.setQueryData(queryKey, (reports: SavedReport[] | undefined) =>
    [...(reports ?? []).filter((r) => !sameName(r.name, saved.name)), saved].sort((a, b) =>
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
    ),
  )
  void queryClient.invalidateQueries({ queryKey })
}

export type SaveControl = {
  save: (definition: ReportDefinition) => void
  busy: boolean
  error: string | null
  /** The report another one of that name would replace: the question is open. */
  replacing: ReportDefinition | null
  confirmReplace: () => void
  cancelReplace: () => void
}

/**
 * Saving: the report that is open is saved over itself; a name another report has asks first whether to
 * replace it (as Herald does when another window saved that name meanwhile).
 */
export function useSaveReport(options: {
  openedName: string | null
  savedNames: readonly string[]
  onSaved: (saved: SavedReport) => void
}): SaveControl {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [replacing, setReplacing] = useState<ReportDefinition | null>(null)

  const send = async (definition: ReportDefinition, replace: boolean): Promise<void> => {
    setBusy(true)
    setError(null)
    const result = await api.invoke('customReports:save', { definition, replace })
    setBusy(false)
    if (!result.ok) {
      if (result.error.code === 'CONFLICT' && !replace) setReplacing(definition)
      else setError(t('reports.builder.notSaved', { reason: result.error.message }))
      return
    }
    setReplacing(null)
    noteSaved(result.value)
    options.onSaved(result.value)
  }

  return {
    save: (definition) => {
      const own = options.openedName !== null && sameName(options.openedName, definition.name)
      if (!own && options.savedNames.some((name) => sameName(name, definition.name))) setReplacing(definition)
      else void send(definition, own)
    },
    busy,
    error,
    replacing,
    confirmReplace: () => {
      if (replacing) void send(replacing, true)
    },
    cancelReplace: () => setReplacing(null),
  }
}
