import { useCallback, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { Contact, ContactList } from '../../../src-shared/domain/contacts'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { useDebounced } from '../../lib/use-debounced'
import { usePagedRows } from '../../ui/use-paged-rows'
import { VirtualTable } from '../../ui/virtual-table'
import type { TableColumn } from '../../ui/virtual-table'
import { RawPhone, ReasonCell, SavedPhone } from './phone-cells'
import { SearchBar } from './search-bar'
import { VerdictChip } from './verdict-chip'
import { countFor, VerdictFilter } from './verdict-filter'
import type { VerdictFilterValue } from './verdict-filter'

const filters = ['all', 'valid', 'invalid', 'duplicate', 'opted_out'] as const

function columnsFor({ fieldKeys, fieldHeaders }: ContactList, t: Translate): TableColumn<Contact>[] {
  return [
    { id: 'row', header: t('contacts.column.row'), width: 64, numeric: true, render: (c) => c.row },
    { id: 'name', header: t('contacts.column.name'), width: 160, grow: true, render: (c) => c.name ?? '' },
    {
      id: 'phone',
      header: t('contacts.column.phone'),
      width: 170,
      render: (c) =>
        c.phone ? (
          <SavedPhone phone={c.phone} raw={c.phoneRaw} repaired={c.repaired} />
        ) : (
          <RawPhone row={c} />
        ),
    },
    {
      id: 'verdict',
      header: t('contacts.column.verdict'),
      width: 112,
      render: (c) => <VerdictChip verdict={c.verdict} />,
    },
    {
      id: 'reason',
      header: t('contacts.column.reason'),
      width: 170,
      grow: fieldKeys.length === 0,
      render: (c) => <ReasonCell row={c} />,
    },
    ...fieldKeys.map((key): TableColumn<Contact> => ({
      id: `field-${key}`,
      header: (
        <span title={t('contacts.list.inMessages', { placeholder: `{{${key}}}` })}>
          {fieldHeaders[key] ?? fieldTitle(key)}
        </span>
      ),
      width: 150,
      render: (c) => <span title={c.fields[key]}>{c.fields[key] ?? ''}</span>,
    })),
  ]
}

/** "last_visit" → "Last visit": the placeholder key, read as a heading, of a list saved without headers. */
function fieldTitle(key: string): string {
  const words = key.replace(/_/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

type ListContactsProps = { list: ContactList; revision: number }

/** Every contact of a list, searchable and filterable by verdict, fetched as the user scrolls. */
export function ListContacts({ list, revision }: ListContactsProps): ReactElement {
  const t = useT()
  const [search, setSearch] = useState('')
  const [filter, setFilter] = useState<VerdictFilterValue>('all')
  const query = useDebounced(search.trim(), 300)
  const columns = useMemo(() => columnsFor(list, t), [list, t])
  const verdict = filter === 'all' || filter === 'repaired' ? undefined : filter
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.invoke('lists:contacts', { listId: list.id, search: query || undefined, verdict, offset, limit }),
    [list.id, query, verdict],
  )
  const key = `${list.id}|${revision}|${filter}|${query}`
  const rows = usePagedRows<Contact>(key, fetchPage, query ? 0 : countFor(list.counts, filter))

  return (
    <section className="list-contacts" aria-label={t('contacts.list.contactsLabel')}>
      <VerdictFilter counts={list.counts} options={filters} value={filter} onChange={setFilter} />
      <SearchBar
        label={t('contacts.list.search')}
        placeholder={t('contacts.list.searchPlaceholder')}
        value={search}
        onChange={setSearch}
        count={
          rows.loading ? t('contacts.list.loadingRows') : t('contacts.list.shown', { count: rows.total })
        }
      />
      <VirtualTable
        key={key}
        label={t('contacts.list.tableLabel', { name: list.name })}
        columns={columns}
        rows={rows}
        rowClassName={(c) => `row--${c.verdict}`}
        empty={
          <p className="muted">
            {query ? t('contacts.list.noMatch', { query }) : t('contacts.list.noneWithVerdict')}
          </p>
        }
      />
    </section>
  )
}
