import type { ReactElement } from 'react'
import type { ReportPreview } from '../../../src-shared/domain/custom-reports'
import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import { useT } from '../../i18n/use-t'
import { formatDateTime } from '../../lib/format'
import { rowKindLabel } from './cells'
import { chartOf } from './chart-data'
import { describeFilters, describeReport } from './describe'
import { PreviewTable, rowsWords, sentences } from './preview-table'
import { ReportChart } from './report-chart'
import type { FilterChoices } from './use-filter-choices'
import './report-print.css'

type PrintableReportProps = {
  definition: ReportDefinition
  preview: ReportPreview
  choices: FilterChoices
  /** When the page was made, for the reader who finds it in a drawer later. */
  madeAt: string
}

/** A custom report laid out for A4 paper: what it counts and over what, its chart and its table. */
export function PrintableReport({
  definition,
  preview,
  choices,
  madeAt,
}: PrintableReportProps): ReactElement {
  const t = useT()
  const facts: [string, string][] = [
    [t('reports.print.counts'), describeReport(t, definition)],
    ...describeFilters(t, definition, choices),
    [t('reports.print.made'), formatDateTime(madeAt, { withYear: true })],
  ]
  const chart = chartOf(t, preview.columns, preview.rows)
  return (
    <>
      <header className="report-print__header">
        <p className="eyebrow">{t('reports.print.eyebrow')}</p>
        <h1>
          <bdi>{definition.name}</bdi>
        </h1>
        <dl className="report-print__facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      {preview.total === 0 ? (
        <p>{t('reports.print.noneMatch', { rows: rowKindLabel(t, definition.rows).toLocaleLowerCase() })}</p>
      ) : (
        <>
          {chart ? <ReportChart chart={chart} print /> : null}
          <p className="muted">
            {sentences(
              rowsWords(t, preview.total, preview.rows.length),
              preview.total > preview.rows.length ? t('reports.print.exportForAll') : null,
            )}
          </p>
          <PreviewTable preview={preview} shown={preview.rows.length} label={t('reports.print.label')} />
        </>
      )}
    </>
  )
}
