import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import { useDebounced } from '../../lib/use-debounced'
import { useQuery } from '../../lib/query'
import type { Query } from '../../lib/query'
import type { ReportPreview } from '../../../src-shared/domain/custom-reports'

/** The rows the preview brings back: the screen shows `shownRows`, the chart and the printed page all. */
export const previewRows = 500
export const shownRows = 100
/** How long the form stays still before the preview runs again. */
const settleMs = 300

/**
 * The report as the form now stands, run again shortly after every change (and while a campaign sends);
 * the last answer stays on screen while the next one comes.
 */
export function useReportPreview(definition: ReportDefinition | null): Query<ReportPreview> {
  const settled = useDebounced(definition, settleMs)
  return useQuery(
    'customReports:preview',
    settled === null ? null : { definition: settled, limit: previewRows },
    { invalidateOn: ['campaign:progress'], keepPrevious: true },
  )
}
