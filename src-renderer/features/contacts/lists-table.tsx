import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { DeleteListDialog } from './delete-list-dialog'
import { formatCount, formatDate } from './format'
import { CountChip } from './verdict-chip'

function NotMessaged({ list }: { list: ContactList }): ReactElement {
  const { invalid, duplicate, opted_out: optedOut } = list.counts
  if (invalid + duplicate + optedOut === 0) return <span className="muted">None</span>
  return (
    <span className="chip-row">
      <CountChip tone="invalid" count={invalid} label="invalid" />
      <CountChip tone="duplicate" count={duplicate} label={duplicate === 1 ? 'duplicate' : 'duplicates'} />
      <CountChip tone="opted_out" count={optedOut} label="opted out" />
    </span>
  )
}

function ListRow({ list, onDelete }: { list: ContactList; onDelete: () => void }): ReactElement {
  return (
    <tr>
      <td>
        <Link to={`/contacts/lists/${list.id}`} className="lists-table__name">
          {list.name}
        </Link>
        <span className="lists-table__meta" title={`${list.sourceFile} · ${list.sheet}`}>
          {list.sourceFile} · {list.sheet}
        </span>
        <span className="lists-table__meta">Imported {formatDate(list.createdAt)}</span>
      </td>
      <td className="numeric">
        <span className="lists-table__valid">{formatCount(list.counts.valid)}</span>
        <span className="lists-table__total"> of {formatCount(list.counts.total)}</span>
      </td>
      <td>
        <NotMessaged list={list} />
      </td>
      <td className="lists-table__actions">
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={`Delete ${list.name}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </td>
    </tr>
  )
}

/** Every saved list, newest first, with what will and will not be messaged. */
export function ListsTable({ lists }: { lists: ContactList[] }): ReactElement {
  const [deleting, setDeleting] = useState<ContactList | null>(null)
  return (
    <section className="card card--flush" aria-labelledby="lists-title">
      <h2 id="lists-title" className="visually-hidden">
        Saved contact lists
      </h2>
      <div className="table-scroll">
        <table className="data-table lists-table">
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col" className="numeric">
                Valid
              </th>
              <th scope="col">Not messaged</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lists.map((list) => (
              <ListRow key={list.id} list={list} onDelete={() => setDeleting(list)} />
            ))}
          </tbody>
        </table>
      </div>
      <DeleteListDialog list={deleting} onClose={() => setDeleting(null)} />
    </section>
  )
}
