import { useCallback, useState } from 'react'
import type { ReactElement } from 'react'
import type { ImportAnalysis, ImportRow } from '../../../src-shared/domain/contacts'
import { api } from '../../lib/api'
import { formatCount, plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { usePagedRows } from '../../ui/use-paged-rows'
import { VirtualTable } from '../../ui/virtual-table'
import type { TableColumn } from '../../ui/virtual-table'
import { rememberImportCountry } from './country-hint'
import { CountryHintNote } from './country-hint-note'
import { NormalisedPhone, RawPhone, ReasonCell } from './phone-cells'
import { VerdictChip } from './verdict-chip'
import { countFor, VerdictFilter } from './verdict-filter'
import type { VerdictFilterValue } from './verdict-filter'
import { WizardFooter } from './wizard-footer'

const filters = ['all', 'valid', 'invalid', 'duplicate', 'opted_out', 'repaired'] as const

const columns: TableColumn<ImportRow>[] = [
  { id: 'row', header: 'Row', width: 68, numeric: true, render: (row) => row.row },
  { id: 'name', header: 'Name', width: 110, grow: true, render: (row) => row.name ?? '' },
  { id: 'raw', header: 'Phone as written', width: 146, render: (row) => <RawPhone row={row} /> },
  { id: 'phone', header: '→ Phone (E.164)', width: 170, render: (row) => <NormalisedPhone row={row} /> },
  { id: 'verdict', header: 'Verdict', width: 110, render: (row) => <VerdictChip verdict={row.verdict} /> },
  {
    id: 'reason',
    header: 'Reason',
    width: 100,
    grow: true,
    render: (row) => <ReasonCell row={row} />,
  },
]

const emptyText: Record<VerdictFilterValue, string> = {
  all: 'This sheet has no rows below its header.',
  valid: 'No row has a number Herald can message. Check the Invalid rows to see why.',
  invalid: 'Every number could be read. Nothing to fix here.',
  duplicate: 'No number appears twice.',
  opted_out: 'Nobody on this sheet is on your opt-out list.',
  repaired: 'Every number was already written in full.',
}

function Summary({ analysis }: { analysis: ImportAnalysis }): ReactElement {
  const { valid, total } = analysis.counts
  return (
    <p className="check-summary">
      <strong>{plural(valid, 'contact', 'contacts')}</strong> of {formatCount(total)} rows can be messaged.
      Press a number to see those rows.
    </p>
  )
}

function RowsTable({ analysis, filter }: { analysis: ImportAnalysis; filter: VerdictFilterValue }) {
  const { sessionId } = analysis
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.invoke('import:rows', { sessionId, verdict: filter === 'all' ? undefined : filter, offset, limit }),
    [sessionId, filter],
  )
  // Read again (another country or columns), the rows are new: pages already fetched are dropped
  const reading = `${analysis.sheet}|${analysis.country}|${analysis.columns.map((c) => c.role).join(',')}`
  const rows = usePagedRows<ImportRow>(
    `${sessionId}|${reading}|${filter}`,
    fetchPage,
    countFor(analysis.counts, filter),
  )
  return (
    <VirtualTable
      key={filter}
      label="Rows of the spreadsheet"
      columns={columns}
      rows={rows}
      rowClassName={(row) => `row--${row.verdict}`}
      empty={<p className="muted">{emptyText[filter]}</p>}
    />
  )
}

type CheckStepProps = { onBack: () => void; onNext: () => void; onCancel: () => void }

export function CheckStep({ onBack, onNext, onCancel }: CheckStepProps): ReactElement | null {
  const analysis = useStore((state) => state.importAnalysis)
  const busy = useStore((state) => state.importBusy === 'analysing')
  const analyzeImport = useStore((state) => state.analyzeImport)
  const [filter, setFilter] = useState<VerdictFilterValue>('all')
  if (!analysis) return null
  const readAs = (country: string): void => {
    rememberImportCountry(country)
    const roles = analysis.columns.map(({ index, role }) => ({ index, role }))
    void analyzeImport({ sheet: analysis.sheet, country, roles })
  }
  return (
    <>
      <section className="import-card check" aria-labelledby="check-title">
        <h2 id="check-title" className="visually-hidden">
          Check the rows
        </h2>
        <Summary analysis={analysis} />
        <CountryHintNote analysis={analysis} busy={busy} onChoose={readAs} />
        <VerdictFilter counts={analysis.counts} options={filters} value={filter} onChange={setFilter} />
        <RowsTable analysis={analysis} filter={filter} />
      </section>
      <WizardFooter
        onCancel={onCancel}
        back={{ label: 'Back to columns', onClick: onBack }}
        next={{ label: 'Next: save the list', onClick: onNext, disabled: analysis.counts.valid === 0 }}
      />
    </>
  )
}
