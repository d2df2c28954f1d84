import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { formatCount, formatDate } from '../../lib/format'
import { DataTable, RowAction, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { DeleteListDialog } from './delete-list-dialog'
import { CountChip } from './verdict-chip'

const columns: Column[] = [
  'List',
  { label: 'Valid', numeric: true },
  'Not messaged',
  { label: 'Actions', hidden: true },
]

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
        <Link to={`/contacts/lists/${list.id}`} className="data-table__name">
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
      <td className="data-table__actions">
        <RowAction label="Delete" name={list.name} onClick={onDelete} />
      </td>
    </tr>
  )
}

/** Every saved list, newest first, with what will and will not be messaged. */
export function ListsTable({ lists }: { lists: ContactList[] }): ReactElement {
  const [deleting, setDeleting] = useState<ContactList | null>(null)
  return (
    <TableCard title="Saved contact lists">
      <DataTable className="lists-table" columns={columns}>
        {lists.map((list) => (
          <ListRow key={list.id} list={list} onDelete={() => setDeleting(list)} />
        ))}
      </DataTable>
      <DeleteListDialog list={deleting} onClose={() => setDeleting(null)} />
    </TableCard>
  )
}
