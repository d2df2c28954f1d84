import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { OptOut } from '../../../src-shared/domain/contacts'
import { Screen } from '../../app/screen'
import { api } from '../../lib/api'
import { useDebounced } from '../../lib/use-debounced'
import { formatDate, formatPhone } from '../../lib/format'
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
import { useSay, useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

/** The reason as the user typed it, or as Herald put it (a reply that asked to stop) in the window's language. */
function OptOutReason({ optOut }: { optOut: OptOut }): ReactElement {
  const say = useSay()
  const reason = optOut.reason === null ? '' : say(optOut.reasonPhrase, optOut.reason)
  return <span title={reason}>{reason}</span>
}

function columnsWith(onRemove: (optOut: OptOut) => void, t: Translate): TableColumn<OptOut>[] {
  return [
    {
      id: 'phone',
      header: t('contacts.column.phone'),
      width: 190,
      render: (o) => <span className="phone">{formatPhone(o.phone)}</span>,
    },
    {
      id: 'source',
      header: t('contacts.optOuts.columnSource'),
      width: 150,
      render: (o) => {
        const source = t('contacts.optOuts.source', { source: o.source })
        return <span title={source}>{source}</span>
      },
    },
    {
      id: 'reason',
      header: t('contacts.column.reason'),
      width: 160,
      grow: true,
      render: (o) => <OptOutReason optOut={o} />,
    },
    {
      id: 'date',
      header: t('contacts.optOuts.columnAdded'),
      width: 140,
      render: (o) => formatDate(o.createdAt),
    },
    {
      id: 'remove',
      header: <span className="visually-hidden">{t('contacts.optOuts.columnActions')}</span>,
      width: 100,
      render: (o) => (
        <RowAction
          label={t('contacts.optOuts.remove')}
          name={formatPhone(o.phone)}
          onClick={() => onRemove(o)}
        />
      ),
    },
  ]
}

function RemoveDialog({ optOut, onClose }: { optOut: OptOut | null; onClose: () => void }): ReactElement {
  const t = useT()
  return (
    <DeleteDialog
      item={optOut}
      title={
        optOut
          ? t('contacts.optOuts.removeTitle', { phone: leftToRight(formatPhone(optOut.phone)) })
          : t('contacts.optOuts.removeTitleFallback')
      }
      confirmLabel={t('contacts.optOuts.remove')}
      notDone={t('contacts.optOuts.notRemoved')}
      onDelete={(shown) => api.invoke('optouts:remove', { phone: shown.phone })}
      onClose={onClose}
    >
      <p>{t('contacts.optOuts.removeBody')}</p>
    </DeleteDialog>
  )
}

function OptOutsTable({ revision, onRemove }: { revision: number; onRemove: (o: OptOut) => void }) {
  const t = useT()
  const [search, setSearch] = useState('')
  const query = useDebounced(search.trim(), 300)
  const columns = useMemo(() => columnsWith(onRemove, t), [onRemove, t])
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.invoke('optouts:list', { search: query || undefined, offset, limit }),
    [query],
  )
  const key = `${revision}|${query}`
  const rows = usePagedRows<OptOut>(key, fetchPage)
  return (
    <section className="list-contacts" aria-label={t('contacts.optOuts.tableLabel')}>
      <SearchBar
        label={t('contacts.optOuts.search')}
        placeholder={t('contacts.optOuts.searchPlaceholder')}
        value={search}
        onChange={setSearch}
        count={
          rows.loading ? t('contacts.list.loadingRows') : t('contacts.optOuts.count', { count: rows.total })
        }
      />
      <VirtualTable
        key={key}
        label={t('contacts.optOuts.tableLabel')}
        columns={columns}
        rows={rows}
        empty={
          <p className="muted">
            {query ? t('contacts.optOuts.noMatch', { query }) : t('contacts.optOuts.empty')}
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
      <p className="optouts-intro">{t('contacts.optOuts.intro')}</p>
      <OptOutForm />
      <OptOutsTable revision={revision} onRemove={setRemoving} />
      <RemoveDialog optOut={removing} onClose={() => setRemoving(null)} />
    </Screen>
  )
}
