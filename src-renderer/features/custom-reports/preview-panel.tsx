import type { ReactElement, ReactNode } from 'react'
import type { ReportPreview } from '../../../src-shared/domain/custom-reports'
import type { ReportRowKind } from '../../../src-shared/domain/report-definitions'
import { useT } from '../../i18n/use-t'
import type { Query } from '../../lib/query'
import { Card } from '../../ui/card'
import { InlineError } from '../../ui/load-states'
import { rowKindLabel } from './cells'
import { chartOf } from './chart-data'
import { PreviewTable, rowsWords, sentences } from './preview-table'
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
  const t = useT()
  if (preview.total === 0) {
    return (
      <p className="builder-preview__empty">
        {t('reports.preview.noneMatch', { rows: rowKindLabel(t, rows).toLocaleLowerCase() })}
      </p>
    )
  }
  const chart = chartOf(t, preview.columns, preview.rows)
  return (
    <>
      {chart ? <ReportChart chart={chart} /> : null}
      <p className="builder-preview__count" role="status">
        {sentences(
          rowsWords(t, preview.total, Math.min(shownRows, preview.rows.length)),
          preview.total > shownRows ? t('reports.preview.exportForAll') : null,
        )}
      </p>
      <PreviewTable preview={preview} shown={shownRows} label={t('reports.preview.label')} />
    </>
  )
}

/** The report as the form stands, redrawn as it changes: a chart of its first measures and its table. */
export function PreviewPanel({ read, invalid, actions, rows }: PreviewPanelProps): ReactElement {
  const t = useT()
  const busy = read.fetching || !read.current
  return (
    <Card
      title={t('reports.preview.title')}
      className="builder-preview"
      actions={
        <div className="builder-preview__actions">
          <span className="builder-preview__busy muted" aria-live="polite">
            {busy && !invalid ? t('reports.preview.updating') : ''}
          </span>
          {actions}
        </div>
      }
    >
      <div className="builder-preview__body" aria-busy={busy && !invalid}>
        {invalid ? (
          <p className="builder-preview__empty">{t('reports.preview.invalid')}</p>
        ) : read.error && !read.data ? (
          <InlineError onRetry={read.refetch}>
            {t('reports.preview.failed', { reason: read.error.message })}
          </InlineError>
        ) : read.data ? (
          <Body preview={read.data} rows={rows} />
        ) : (
          <p className="muted">{t('reports.preview.working')}</p>
        )}
      </div>
    </Card>
  )
}
