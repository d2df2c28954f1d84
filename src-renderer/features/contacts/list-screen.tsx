import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { Screen } from '../../app/screen'
import { api } from '../../lib/api'
import { formatCount, formatDate, plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { EmptyState } from '../../ui/empty-state'
import { InfoIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { DeleteListDialog } from './delete-list-dialog'
import { ListContacts } from './list-contacts'
import './contacts.css'
import './list.css'

type Loaded = { id: number; list: ContactList | null; error: string | null; missing: boolean }

/** The list as Herald has it now, read again whenever any list changes. */
function useListRevision(listId: number): number {
  return useStore((state) => state.listsRevision + (state.listRevisions[listId] ?? 0))
}

function useList(listId: number): { loaded: Loaded | null; reload: () => void } {
  const revision = useListRevision(listId)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    void api.invoke('lists:get', { listId }).then((result) => {
      if (!current) return
      if (result.ok) setLoaded({ id: listId, list: result.value, error: null, missing: false })
      else
        setLoaded({
          id: listId,
          list: null,
          error: result.error.message,
          missing: result.error.code === 'NOT_FOUND',
        })
    })
    return () => {
      current = false
    }
  }, [listId, revision, attempt])
  return { loaded: loaded?.id === listId ? loaded : null, reload: () => setAttempt((n) => n + 1) }
}

function ListHeader({ list, onDelete }: { list: ContactList; onDelete: () => void }): ReactElement {
  const { valid, total } = list.counts
  return (
    <section className="card list-header" aria-label="About this list">
      <dl className="list-header__facts">
        <div>
          <dt>Will be messaged</dt>
          <dd className="list-header__big">
            {formatCount(valid)} <span className="muted">of {plural(total, 'contact', 'contacts')}</span>
          </dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>
            {list.sourceFile} · sheet {list.sheet}
          </dd>
        </div>
        <div>
          <dt>Imported</dt>
          <dd>{formatDate(list.createdAt)}</dd>
        </div>
      </dl>
      <button type="button" className="button button--danger" onClick={onDelete}>
        Delete list
      </button>
    </section>
  )
}

function Missing(): ReactElement {
  return (
    <EmptyState
      icon={<InfoIcon />}
      title="This list no longer exists"
      next={{ to: '/contacts', label: 'See all lists' }}
    >
      <p>It may have been deleted. Your other lists are still on the Contacts screen.</p>
    </EmptyState>
  )
}

export function ListScreen(): ReactElement {
  const listId = Number(useParams().listId)
  const { loaded, reload } = useList(listId)
  const revision = useListRevision(listId)
  const [deleting, setDeleting] = useState(false)
  const navigate = useNavigate()
  const list = loaded?.list ?? null

  return (
    <Screen title={list?.name ?? 'Contact list'}>
      <Link to="/contacts" className="back-link">
        ← All contact lists
      </Link>
      <LoadState
        data={list}
        error={loaded?.error ? { message: loaded.error, missing: loaded.missing } : null}
        onRetry={reload}
        loading="Loading the list…"
        failed="Could not load this list"
        missing={<Missing />}
      >
        {(shown) => (
          <>
            <ListHeader list={shown} onDelete={() => setDeleting(true)} />
            <ListContacts list={shown} revision={revision} />
            <DeleteListDialog
              list={deleting ? shown : null}
              onClose={() => setDeleting(false)}
              onDeleted={() => void navigate('/contacts')}
            />
          </>
        )}
      </LoadState>
    </Screen>
  )
}
