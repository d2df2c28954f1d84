import { useCallback, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import { errorCategories, messageStatuses } from '../../../src-shared/domain/campaigns'
import { categoryInfo } from '../../../src-shared/domain/error-categories'
import type { MessageLogRow } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'
import { useDebounced } from '../../lib/use-debounced'
import { formatClock, formatCount, formatDateTime, formatPhone } from '../../lib/format'
import { messageStatusLabels } from '../../lib/campaign-status'
import { Card } from '../../ui/card'
import { usePagedRows } from '../../ui/use-paged-rows'
import {
  MessageTable,
  numberColumn,
  problemColumn,
  statusColumn,
  variantColumn,
} from '../../ui/message-table'
import type { TableColumn } from '../../ui/virtual-table'
import { choicesOf, LabelledSelect } from '../../ui/select'
import type { Choice, LabelledSelectProps } from '../../ui/select'

// The time alone keeps four time columns in view; the day is in the tooltip.
const when = (iso: string | null): ReactElement =>
  iso ? <span title={formatDateTime(iso)}>{formatClock(iso)}</span> : <span className="muted">—</span>

const columns: TableColumn<MessageLogRow>[] = [
  {
    id: 'contact',
    header: 'Contact',
    width: 160,
    grow: true,
    render: (m) => (
      <span className="log-contact">
        <span className="log-contact__name" title={m.name ?? undefined}>
          {m.name ?? <span className="muted">No name</span>}
        </span>
        <span className="phone log-contact__phone">{formatPhone(m.phone)}</span>
      </span>
    ),
  },
  variantColumn(80),
  numberColumn(110),
  statusColumn(108),
  problemColumn(140, { strong: true }),
  { id: 'sent', header: 'Sent', width: 64, render: (m) => when(m.sentAt) },
  { id: 'delivered', header: 'Delivered', width: 94, render: (m) => when(m.deliveredAt) },
  { id: 'read', header: 'Read', width: 64, render: (m) => when(m.readAt) },
  { id: 'replied', header: 'Replied', width: 76, render: (m) => when(m.repliedAt) },
]

type Filters = { status: MessageStatus | ''; category: ErrorCategory | ''; variant: string }
const noFilters: Filters = { status: '', category: '', variant: '' }

const statusChoices: Choice<Filters['status']>[] = [
  { value: '', label: 'Any status' },
  ...choicesOf(messageStatuses, messageStatusLabels),
]
const problemChoices: Choice<Filters['category']>[] = [
  { value: '', label: 'Any problem' },
  ...errorCategories.map((c) => ({ value: c, label: categoryInfo[c].label })),
]

type LogProps = { campaignId: number; total: number; revision: string }

type FilterProps<T extends string> = Omit<LabelledSelectProps<T>, 'className' | 'hideLabel'>

/** One filter of the log; its label is for screen readers, its choices ("Any status") say it on screen. */
function Filter<T extends string>(props: FilterProps<T>): ReactElement {
  return <LabelledSelect className="log-filter" hideLabel {...props} />
}

/**
 * Every message of the campaign in a virtualised table: only the rows in view are drawn and fetched, so
 * 100,000 messages scroll as smoothly as 100. Filters and the search go to the main process.
 */
export function MessageLog({ campaignId, total, revision }: LogProps): ReactElement {
  const [filters, setFilters] = useState<Filters>(noFilters)
  const [search, setSearch] = useState('')
  const [variants, setVariants] = useState<string[]>([])
  // With one sending number, as most have, its name on every row would only take room
  const [numbers, setNumbers] = useState(1)
  const shown = useMemo(() => (numbers > 1 ? columns : columns.filter((c) => c.id !== 'number')), [numbers])
  const query = useDebounced(search.trim(), 300)
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await api.invoke('history:messages', {
        campaignId,
        offset,
        limit,
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.category ? { category: filters.category } : {}),
        ...(filters.variant ? { variant: filters.variant } : {}),
        ...(query ? { search: query } : {}),
      })
      if (result.ok) {
        const next = result.value.variants
        setVariants((known) => (known.join('\n') === next.join('\n') ? known : next))
        setNumbers(result.value.numbers)
      }
      return result
    },
    [campaignId, filters, query],
  )
  const key = JSON.stringify([campaignId, filters, query, revision])
  const filtered = filters.status || filters.category || filters.variant || query
  const rows = usePagedRows<MessageLogRow>(key, fetchPage, filtered ? 0 : total)
  const set = (change: Partial<Filters>): void => setFilters((f) => ({ ...f, ...change }))

  return (
    <Card
      title="Message log"
      className="card--flush message-log"
      headClassName="message-log__bar"
      actions={
        <span className="message-log__count" role="status" aria-label="Messages shown">
          {rows.loading ? 'Counting…' : `${formatCount(rows.total)} ${filtered ? 'matching' : 'messages'}`}
        </span>
      }
    >
      <div className="message-log__filters">
        <label className="log-filter log-filter--search">
          <span className="visually-hidden">Search</span>
          <input
            type="search"
            className="input"
            placeholder="Name or phone"
            aria-label="Search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <Filter
          label="Status"
          value={filters.status}
          options={statusChoices}
          onChange={(status) => set({ status })}
        />
        <Filter
          label="Problem"
          value={filters.category}
          options={problemChoices}
          onChange={(category) => set({ category })}
        />
        <Filter
          label="Variant"
          value={filters.variant}
          options={[{ value: '', label: 'Any variant' }, ...variants.map((v) => ({ value: v, label: v }))]}
          onChange={(variant) => set({ variant })}
        />
        {filtered ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setFilters(noFilters)
              setSearch('')
            }}
          >
            Clear filters
          </button>
        ) : null}
      </div>
      <MessageTable key={key} columns={shown} rows={rows} rowHeight={52}>
        No message matches these filters.
      </MessageTable>
    </Card>
  )
}
