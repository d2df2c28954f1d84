import type { ReactElement, ReactNode } from 'react'
import type { ReportPreview } from '../../../src-shared/domain/custom-reports'
import type { ReportRowKind } from '../../../src-shared/domain/report-definitions'
import { reportRowKindLabels } from '../../../src-shared/domain/report-definitions'
import type { Query } from '../../lib/query'
import { Card } from '../../ui/card'
import { InlineError } from '../../ui/load-states'
import { chartOf } from './chart-data'
import { PreviewTable, rowsWords } from './preview-table'
import { ReportChart } from './report-chart'
import { shownRows } from './use-report-preview'

type PreviewPanelProps = {
  read: Query<ReportPreview>
  /** The form has problems: nothing to run until they are fixed. */
  invalid: boolean
  /** Export and PDF, in the card's head. */
  actions: ReactNode
  /** What the report counts, for "No messages match these filters". */
  rows: ReportRowKind
}

function Body({ preview, rows }: { preview: ReportPreview; rows: ReportRowKind }): ReactElement {
  if (preview.total === 0) {
    return (
      <p className="builder-preview__empty">
        No {reportRowKindLabels[rows].toLowerCase()} match these filters. Try a longer period, or count dry
        runs too.
      </p>
    )
  }
  const chart = chartOf(preview.columns, preview.rows)
  return (
    <>
      {chart ? <ReportChart chart={chart} /> : null}
      <p className="builder-preview__count" role="status">
        {rowsWords(preview.total, Math.min(shownRows, preview.rows.length))}
        {preview.total > shownRows ? ' Export the report to get every row.' : ''}
      </p>
      <PreviewTable preview={preview} shown={shownRows} label="Report preview" />
    </>
  )
}

/** The report as the form stands, redrawn as it changes: a chart of its first measures and its table. */
export function PreviewPanel({ read, invalid, actions, rows }: PreviewPanelProps): ReactElement {
  const busy = read.fetching || !read.current
  return (
    <Card
      title="Preview"
      className="builder-preview"
      actions={
        <div className="builder-preview__actions">
          <span className="builder-preview__busy muted" aria-live="polite">
            {busy && !invalid ? 'Updating…' : ''}
          </span>
          {actions}
        </div>
      }
    >
      <div className="builder-preview__body" aria-busy={busy && !invalid}>
        {invalid ? (
          <p className="builder-preview__empty">Fix what is marked in red on the left to see the report.</p>
        ) : read.error && !read.data ? (
          <InlineError onRetry={read.refetch}>
            The report could not be worked out: {read.error.message}
          </InlineError>
        ) : read.data ? (
          <Body preview={read.data} rows={rows} />
        ) : (
          <p className="muted">Working out the report…</p>
        )}
      </div>
    </Card>
  )
}
