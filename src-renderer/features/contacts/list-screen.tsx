import { useState } from 'react'
import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import { Link, useNavigate, useParams } from 'react-router'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { Screen } from '../../app/screen'
import { formatCount, formatDate } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { useStore } from '../../state/store'
import { Gone } from '../../ui/empty-state'
import { LoadState } from '../../ui/load-states'
import { DeleteListDialog } from './delete-list-dialog'
import { ListContacts } from './list-contacts'
import './contacts.css'
import './list.css'
import { useT } from '../../i18n/use-t'

const backArrow = '←'

/** Goes up when Herald says this list (or every list) changed, so its contacts are read again. */
function useListRevision(listId: number): number {
  return useStore((state) => state.listsRevision + (state.listRevisions[listId] ?? 0))
}

function ListHeader({ list, onDelete }: { list: ContactList; onDelete: () => void }): ReactElement {
  const t = useT()
  const { valid, total } = list.counts
  return (
    <section className="card list-header" aria-label={t('contacts.list.about')}>
      <dl className="list-header__facts">
        <div>
          <dt>{t('contacts.list.willBeMessaged')}</dt>
          <dd className="list-header__big">
            <FormattedMessage
              id="contacts.list.validOfTotal"
              values={{
                valid: formatCount(valid),
                total,
                muted: (chunks) => <span className="muted">{chunks}</span>,
              }}
            />
          </dd>
        </div>
        <div>
          <dt>{t('contacts.list.from')}</dt>
          <dd>{t('contacts.list.fromSheet', { file: list.sourceFile, sheet: list.sheet })}</dd>
        </div>
        <div>
          <dt>{t('contacts.list.imported')}</dt>
          <dd>{formatDate(list.createdAt)}</dd>
        </div>
      </dl>
      <button type="button" className="button button--danger" onClick={onDelete}>
        {t('contacts.list.delete')}
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
        <span className="icon--directional">{backArrow}</span> {t('contacts.list.back')}
      </Link>
      <LoadState
        {...list}
        loading={t('contacts.list.loading')}
        failed={t('contacts.list.failed')}
        missing={
          <Gone
            title={t('contacts.list.goneTitle')}
            back={{ to: '/contacts', label: t('contacts.list.goneBack') }}
          >
            {t('contacts.list.goneText')}
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
