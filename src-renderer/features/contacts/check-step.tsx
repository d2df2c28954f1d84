import { useCallback, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import type { ImportAnalysis, ImportRow } from '../../../src-shared/domain/contacts'
import { api } from '../../lib/api'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
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

/** Between two sentences (or a mark and its words) in JSX. */
const gap = ' '

const columnsWith = (t: Translate): TableColumn<ImportRow>[] => [
  { id: 'row', header: t('contacts.column.row'), width: 68, numeric: true, render: (row) => row.row },
  { id: 'name', header: t('contacts.column.name'), width: 110, grow: true, render: (row) => row.name ?? '' },
  {
    id: 'raw',
    header: t('contacts.column.phoneAsWritten'),
    width: 146,
    render: (row) => <RawPhone row={row} />,
  },
  {
    id: 'phone',
    header: t('contacts.column.phoneNormalised'),
    width: 170,
    render: (row) => <NormalisedPhone row={row} />,
  },
  {
    id: 'verdict',
    header: t('contacts.column.verdict'),
    width: 110,
    render: (row) => <VerdictChip verdict={row.verdict} />,
  },
  {
    id: 'reason',
    header: t('contacts.column.reason'),
    width: 100,
    grow: true,
    render: (row) => <ReasonCell row={row} />,
  },
]

const emptyKeys: Record<VerdictFilterValue, string> = {
  all: 'contacts.check.emptyAll',
  valid: 'contacts.check.emptyValid',
  invalid: 'contacts.check.emptyInvalid',
  duplicate: 'contacts.check.emptyDuplicate',
  opted_out: 'contacts.check.emptyOptedOut',
  repaired: 'contacts.check.emptyRepaired',
}

function Summary({ analysis }: { analysis: ImportAnalysis }): ReactElement {
  const t = useT()
  const { valid, total } = analysis.counts
  return (
    <p className="check-summary">
      <FormattedMessage
        id="contacts.check.summary"
        values={{ valid, total, strong: (chunks) => <strong>{chunks}</strong> }}
      />
      {gap}
      {t('contacts.check.pressNumber')}
    </p>
  )
}

function RowsTable({ analysis, filter }: { analysis: ImportAnalysis; filter: VerdictFilterValue }) {
  const t = useT()
  const columns = useMemo(() => columnsWith(t), [t])
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
      label={t('contacts.check.tableLabel')}
      columns={columns}
      rows={rows}
      rowClassName={(row) => `row--${row.verdict}`}
      empty={<p className="muted">{t(emptyKeys[filter])}</p>}
    />
  )
}

type CheckStepProps = { onBack: () => void; onNext: () => void; onCancel: () => void }

export function CheckStep({ onBack, onNext, onCancel }: CheckStepProps): ReactElement | null {
  const t = useT()
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
          {t('contacts.check.title')}
        </h2>
        <Summary analysis={analysis} />
        <CountryHintNote analysis={analysis} busy={busy} onChoose={readAs} />
        <VerdictFilter counts={analysis.counts} options={filters} value={filter} onChange={setFilter} />
        <RowsTable analysis={analysis} filter={filter} />
      </section>
      <WizardFooter
        onCancel={onCancel}
        back={{ label: t('contacts.check.back'), onClick: onBack }}
        next={{ label: t('contacts.check.next'), onClick: onNext, disabled: analysis.counts.valid === 0 }}
      />
    </>
  )
}
