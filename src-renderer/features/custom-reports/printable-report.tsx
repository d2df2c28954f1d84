import type { ReactElement } from 'react'
import type { ReportPreview } from '../../../src-shared/domain/custom-reports'
import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import { reportRowKindLabels } from '../../../src-shared/domain/report-definitions'
import { formatDateTime } from '../../lib/format'
import { chartOf } from './chart-data'
import { describeFilters, describeReport } from './describe'
import { PreviewTable, rowsWords } from './preview-table'
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
  const facts: [string, string][] = [
    ['Counts', describeReport(definition)],
    ...describeFilters(definition, choices),
    ['Report made', formatDateTime(madeAt, { withYear: true })],
  ]
  const chart = chartOf(preview.columns, preview.rows)
  return (
    <>
      <header className="report-print__header">
        <p className="eyebrow">Herald · Custom report</p>
        <h1>{definition.name}</h1>
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
        <p>No {reportRowKindLabels[definition.rows].toLowerCase()} match this report’s filters.</p>
      ) : (
        <>
          {chart ? <ReportChart chart={chart} print /> : null}
          <p className="muted">
            {rowsWords(preview.total, preview.rows.length)}
            {preview.total > preview.rows.length
              ? ' Export the report to a spreadsheet to get every row.'
              : ''}
          </p>
          <PreviewTable preview={preview} shown={preview.rows.length} label="Report" />
        </>
      )}
    </>
  )
}
