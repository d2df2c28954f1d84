import type { ReactElement, ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { formatClock, formatCount, formatDateTime, formatPercent } from '../../lib/format'
import { CampaignStatusChip, ModeTag } from '../../ui/status-chip'
import { DataTable, TableCard } from '../../ui/data-table'
import { figuresOf } from './summary'
import type { Sort, SortKey } from './summary'
import { useT } from '../../i18n/use-t'

// Marks, not words: which way the column is sorted
const arrows = { descending: '▼', ascending: '▲' }

type Column = { key: SortKey; numeric?: boolean; firstDescending?: boolean }

const columns: Column[] = [
  { key: 'name' },
  { key: 'status' },
  { key: 'created', firstDescending: true },
  { key: 'messages', numeric: true, firstDescending: true },
  { key: 'sent', numeric: true, firstDescending: true },
  { key: 'deliveredRate', numeric: true, firstDescending: true },
  { key: 'readRate', numeric: true, firstDescending: true },
  { key: 'repliedRate', numeric: true, firstDescending: true },
  { key: 'failed', numeric: true, firstDescending: true },
]

type HistoryTableProps = {
  campaigns: Campaign[]
  sort: Sort
  onSort: (sort: Sort) => void
  selected: readonly number[]
  onSelect: (campaignId: number, selected: boolean) => void
}

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: Column
  sort: Sort
  onSort: (s: Sort) => void
}): ReactElement {
  const t = useT()
  const active = sort.key === column.key
  const next = (): void =>
    onSort({ key: column.key, descending: active ? !sort.descending : (column.firstDescending ?? false) })
  return (
    <th
      scope="col"
      className={column.numeric ? 'numeric' : undefined}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className={`sort-button${active ? ' sort-button--active' : ''}`}
        title={t(`history.table.sortBy.${column.key}`)}
        onClick={next}
      >
        {t(`history.table.column.${column.key}`)}
        {active ? (
          <span className="sort-button__arrow" aria-hidden="true">
            {sort.descending ? arrows.descending : arrows.ascending}
          </span>
        ) : null}
      </button>
    </th>
  )
}

/** Created, started and finished in one cell: when it started (or was created), then when it ended. */
function When({ campaign }: { campaign: Campaign }): ReactNode {
  const t = useT()
  const { createdAt, startedAt, finishedAt } = campaign
  const sameDay = finishedAt?.slice(0, 10) === startedAt?.slice(0, 10)
  const end = finishedAt
    ? t('history.when.ended', { when: sameDay ? formatClock(finishedAt) : formatDateTime(finishedAt) })
    : t(startedAt ? 'history.when.notEnded' : 'history.when.notStarted')
  const moments = {
    created: formatDateTime(createdAt),
    started: startedAt ? formatDateTime(startedAt) : '',
    ended: finishedAt ? formatDateTime(finishedAt) : '',
  }
  const full = t(`history.when.created${startedAt ? 'Started' : ''}${finishedAt ? 'Ended' : ''}`, moments)
  return (
    <span title={full}>
      {formatDateTime(startedAt ?? createdAt)}
      <span className="history-table__sub">{end}</span>
    </span>
  )
}

function Row(props: { campaign: Campaign; checked: boolean; onSelect: (on: boolean) => void }): ReactElement {
  const { campaign, checked, onSelect } = props
  const t = useT()
  const navigate = useNavigate()
  const f = figuresOf(campaign.counts, campaign.total)
  const open = `/history/${campaign.id}`
  return (
    <tr className="history-table__row" onClick={() => void navigate(open)}>
      <td onClick={(event) => event.stopPropagation()} className="history-table__check">
        <input
          type="checkbox"
          checked={checked}
          aria-label={t('history.table.select', { name: campaign.name })}
          onChange={(event) => onSelect(event.target.checked)}
        />
      </td>
      <td>
        <Link to={open} className="data-table__name" onClick={(event) => event.stopPropagation()}>
          <bdi>{campaign.name}</bdi>
        </Link>
        <span
          className="data-table__meta"
          title={t('history.table.message', { name: campaign.templateName })}
        >
          <ModeTag dryRun={campaign.dryRun} />
          {campaign.listName}
        </span>
      </td>
      <td>
        <CampaignStatusChip status={campaign.status} />
      </td>
      <td className="history-table__date">
        <When campaign={campaign} />
      </td>
      <td className="numeric">{formatCount(f.messages)}</td>
      <td className="numeric">{formatCount(f.sent)}</td>
      <td className="numeric">{formatPercent(f.deliveredRate)}</td>
      <td className="numeric">{formatPercent(f.readRate)}</td>
      <td className="numeric history-table__replied">{formatPercent(f.repliedRate)}</td>
      <td className={`numeric${f.failed > 0 ? ' history-table__failed' : ''}`}>{formatCount(f.failed)}</td>
    </tr>
  )
}

/** Every campaign with its summary; a click on a header sorts by that column, on a row opens it. */
export function HistoryTable({
  campaigns,
  sort,
  onSort,
  selected,
  onSelect,
}: HistoryTableProps): ReactElement {
  const t = useT()
  const head = (
    <>
      <th scope="col" className="history-table__check">
        <span className="visually-hidden">{t('history.table.compare')}</span>
      </th>
      {columns.map((column) => (
        <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />
      ))}
    </>
  )
  return (
    <TableCard title={t('history.table.title')}>
      <DataTable className="history-table" columns={{ row: head }}>
        {campaigns.map((campaign) => (
          <Row
            key={campaign.id}
            campaign={campaign}
            checked={selected.includes(campaign.id)}
            onSelect={(on) => onSelect(campaign.id, on)}
          />
        ))}
      </DataTable>
    </TableCard>
  )
}
