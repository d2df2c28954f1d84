import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { Screen } from '../../app/screen'
import { formatCount, formatDate, plural } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { useStore } from '../../state/store'
import { Gone } from '../../ui/empty-state'
import { LoadState } from '../../ui/load-states'
import { DeleteListDialog } from './delete-list-dialog'
import { ListContacts } from './list-contacts'
import './contacts.css'
import './list.css'
import { useT } from '../../i18n/use-t'

/** Goes up when Herald says this list (or every list) changed, so its contacts are read again. */
function useListRevision(listId: number): number {
  return useStore((state) => state.listsRevision + (state.listRevisions[listId] ?? 0))
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

export function ListScreen(): ReactElement {
  const t = useT()
  const listId = Number(useParams().listId)
  const list = useQuery('lists:get', { listId }, { invalidateOn: ['lists:changed'] })
  const revision = useListRevision(listId)
  const [deleting, setDeleting] = useState(false)
  const navigate = useNavigate()

  return (
    <Screen title={list.data?.name ?? t('screens.list.fallback')}>
      <Link to="/contacts" className="back-link">
        <span className="icon--directional">←</span> All contact lists
      </Link>
      <LoadState
        {...list}
        loading="Loading the list…"
        failed="Could not load this list"
        missing={
          <Gone title="This list no longer exists" back={{ to: '/contacts', label: 'See all lists' }}>
            It may have been deleted. Your other lists are still on the Contacts screen.
          </Gone>
        }
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
