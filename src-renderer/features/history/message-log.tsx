import { useCallback, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { ErrorCategory, MessageStatus } from '../../../src-shared/domain/campaigns'
import { errorCategories, messageStatuses } from '../../../src-shared/domain/campaigns'
import type { MessageLogRow } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'
import { useDebounced } from '../../lib/use-debounced'
import { formatClock, formatCount, formatDateTime, formatPhone } from '../../lib/format'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { errorTitle } from '../../ui/analytics'
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
import { LabelledSelect } from '../../ui/select'
import type { Choice, LabelledSelectProps } from '../../ui/select'

const nothing = '—'

// The time alone keeps four time columns in view; the day is in the tooltip. Each column has room for a
// time as any language writes it ("09:22 ص" in Arabic).
const timeWidth = 84
const when = (iso: string | null): ReactElement =>
  iso ? <span title={formatDateTime(iso)}>{formatClock(iso)}</span> : <span className="muted">{nothing}</span>

const columnsIn = (t: Translate): TableColumn<MessageLogRow>[] => [
  {
    id: 'contact',
    header: t('history.log.column.contact'),
    width: 160,
    grow: true,
    render: (m) => (
      <span className="log-contact">
        <span className="log-contact__name" title={m.name ?? undefined}>
          {m.name ?? <span className="muted">{t('history.log.noName')}</span>}
        </span>
        <span className="phone log-contact__phone">{formatPhone(m.phone)}</span>
      </span>
    ),
  },
  variantColumn(80),
  numberColumn(110),
  statusColumn(108),
  problemColumn(140, { strong: true }),
  { id: 'sent', header: t('history.log.column.sent'), width: timeWidth, render: (m) => when(m.sentAt) },
  {
    id: 'delivered',
    header: t('history.log.column.delivered'),
    width: timeWidth + 10,
    render: (m) => when(m.deliveredAt),
  },
  { id: 'read', header: t('history.log.column.read'), width: timeWidth, render: (m) => when(m.readAt) },
  {
    id: 'replied',
    header: t('history.log.column.replied'),
    width: timeWidth,
    render: (m) => when(m.repliedAt),
  },
]

type Filters = { status: MessageStatus | ''; category: ErrorCategory | ''; variant: string }
const noFilters: Filters = { status: '', category: '', variant: '' }

const statusChoices = (t: Translate): Choice<Filters['status']>[] => [
  { value: '', label: t('history.log.anyStatus') },
  ...messageStatuses.map((s) => ({ value: s, label: t(`history.messageStatus.${s}`) })),
]
const problemChoices = (t: Translate): Choice<Filters['category']>[] => [
  { value: '', label: t('history.log.anyProblem') },
  ...errorCategories.map((c) => ({ value: c, label: errorTitle(t, c) })),
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
  const t = useT()
  const [filters, setFilters] = useState<Filters>(noFilters)
  const [search, setSearch] = useState('')
  const [variants, setVariants] = useState<string[]>([])
  // With one sending number, as most have, its name on every row would only take room
  const [numbers, setNumbers] = useState(1)
  const shown = useMemo(() => {
    const columns = columnsIn(t)
    return numbers > 1 ? columns : columns.filter((c) => c.id !== 'number')
  }, [numbers, t])
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
      title={t('history.log.title')}
      className="card--flush message-log"
      headClassName="message-log__bar"
      actions={
        <span className="message-log__count" role="status" aria-label={t('history.log.shownLabel')}>
          {rows.loading
            ? t('history.log.counting')
            : t(filtered ? 'history.log.matching' : 'history.log.messages', {
                count: formatCount(rows.total),
              })}
        </span>
      }
    >
      <div className="message-log__filters">
        <label className="log-filter log-filter--search">
          <span className="visually-hidden">{t('history.log.search')}</span>
          <input
            type="search"
            className="input"
            placeholder={t('history.log.searchPlaceholder')}
            aria-label={t('history.log.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <Filter
          label={t('history.log.status')}
          value={filters.status}
          options={statusChoices(t)}
          onChange={(status) => set({ status })}
        />
        <Filter
          label={t('history.log.problem')}
          value={filters.category}
          options={problemChoices(t)}
          onChange={(category) => set({ category })}
        />
        <Filter
          label={t('history.log.variant')}
          value={filters.variant}
          options={[
            { value: '', label: t('history.log.anyVariant') },
            ...variants.map((v) => ({ value: v, label: v })),
          ]}
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
            {t('history.log.clear')}
          </button>
        ) : null}
      </div>
      <MessageTable key={key} columns={shown} rows={rows} rowHeight={52}>
        {t('history.log.none')}
      </MessageTable>
    </Card>
  )
}
