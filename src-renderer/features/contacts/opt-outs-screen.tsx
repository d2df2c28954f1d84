import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { OptOut } from '../../../src-shared/domain/contacts'
import { Screen } from '../../app/screen'
import { api } from '../../lib/api'
import { useDebounced } from '../../lib/use-debounced'
import { formatCount, formatDate, formatPhone } from '../../lib/format'
import { leftToRight } from '../../lib/bidi'
import { useStore } from '../../state/store'
import { RowAction } from '../../ui/data-table'
import { DeleteDialog } from '../../ui/delete-dialog'
import { usePagedRows } from '../../ui/use-paged-rows'
import { VirtualTable } from '../../ui/virtual-table'
import type { TableColumn } from '../../ui/virtual-table'
import { ContactsTabs } from './contacts-tabs'
import { OptOutForm } from './opt-out-form'
import { SearchBar } from './search-bar'
import './contacts.css'
import './list.css'
import { useT } from '../../i18n/use-t'

function columnsWith(onRemove: (optOut: OptOut) => void): TableColumn<OptOut>[] {
  return [
    {
      id: 'phone',
      header: 'Phone',
      width: 190,
      render: (o) => <span className="phone">{formatPhone(o.phone)}</span>,
    },
    { id: 'source', header: 'Source', width: 150, render: (o) => <span title={o.source}>{o.source}</span> },
    {
      id: 'reason',
      header: 'Reason',
      width: 160,
      grow: true,
      render: (o) => <span title={o.reason ?? ''}>{o.reason}</span>,
    },
    { id: 'date', header: 'Added', width: 120, render: (o) => formatDate(o.createdAt) },
    {
      id: 'remove',
      header: <span className="visually-hidden">Actions</span>,
      width: 100,
      render: (o) => <RowAction label="Remove" name={formatPhone(o.phone)} onClick={() => onRemove(o)} />,
    },
  ]
}

function RemoveDialog({ optOut, onClose }: { optOut: OptOut | null; onClose: () => void }): ReactElement {
  return (
    <DeleteDialog
      item={optOut}
      title={`Remove ${optOut ? leftToRight(formatPhone(optOut.phone)) : 'this number'} from the opt-outs?`}
      confirmLabel="Remove"
      notDone="Not removed"
      onDelete={(shown) => api.invoke('optouts:remove', { phone: shown.phone })}
      onClose={onClose}
    >
      <p>Campaigns will be able to message this number again. Only do this if the person asked for it.</p>
    </DeleteDialog>
  )
}

function OptOutsTable({ revision, onRemove }: { revision: number; onRemove: (o: OptOut) => void }) {
  const [search, setSearch] = useState('')
  const query = useDebounced(search.trim(), 300)
  const columns = useMemo(() => columnsWith(onRemove), [onRemove])
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.invoke('optouts:list', { search: query || undefined, offset, limit }),
    [query],
  )
  const key = `${revision}|${query}`
  const rows = usePagedRows<OptOut>(key, fetchPage)
  return (
    <section className="list-contacts" aria-label="Opted-out numbers">
      <SearchBar
        label="Search opt-outs"
        placeholder="Search by phone, source or reason"
        value={search}
        onChange={setSearch}
        count={rows.loading ? 'Loading…' : `${formatCount(rows.total)} opted out`}
      />
      <VirtualTable
        key={key}
        label="Opted-out numbers"
        columns={columns}
        rows={rows}
        empty={
          <p className="muted">
            {query
              ? `No opt-out matches “${query}”.`
              : 'Nobody has opted out yet. Numbers you add appear here.'}
          </p>
        }
      />
    </section>
  )
}

export function OptOutsScreen(): ReactElement {
  const t = useT()
  // Herald says 'lists:changed' whenever a number is added or removed, here or from the command line.
  const revision = useStore((state) => state.listsRevision)
  const [removing, setRemoving] = useState<OptOut | null>(null)
  const settingsStatus = useStore((state) => state.settingsStatus)
  const loadSettings = useStore((state) => state.loadSettings)
  useEffect(() => {
    if (settingsStatus === 'idle') void loadSettings()
  }, [settingsStatus, loadSettings])

  return (
    <Screen title={t('screens.contacts.title')} intro={t('screens.contacts.intro')}>
      <ContactsTabs />
      <p className="optouts-intro">
        People on this list are never messaged by any campaign, whatever list they are on.
      </p>
      <OptOutForm />
      <OptOutsTable revision={revision} onRemove={setRemoving} />
      <RemoveDialog optOut={removing} onClose={() => setRemoving(null)} />
    </Screen>
  )
}
