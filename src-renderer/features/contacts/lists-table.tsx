import { useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import { Link } from 'react-router'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { formatCount, formatDate } from '../../lib/format'
import { DataTable, RowAction, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { DeleteListDialog } from './delete-list-dialog'
import { CountChip } from './verdict-chip'

/** Where a list came from: "shops.xlsx · Sheet1" (names, not words). */
const sourceOf = (list: ContactList): string => `${list.sourceFile} · ${list.sheet}`

const columnsWith = (t: Translate): Column[] => [
  t('contacts.lists.columnList'),
  { label: t('contacts.lists.columnValid'), numeric: true },
  t('contacts.lists.columnNotMessaged'),
  { label: t('contacts.lists.columnActions'), hidden: true },
]

function NotMessaged({ list }: { list: ContactList }): ReactElement {
  const t = useT()
  const { invalid, duplicate, opted_out: optedOut } = list.counts
  if (invalid + duplicate + optedOut === 0) return <span className="muted">{t('contacts.lists.none')}</span>
  return (
    <span className="chip-row">
      <CountChip tone="invalid" count={invalid} text={t('contacts.lists.invalid', { count: invalid })} />
      <CountChip
        tone="duplicate"
        count={duplicate}
        text={t('contacts.lists.duplicate', { count: duplicate })}
      />
      <CountChip tone="opted_out" count={optedOut} text={t('contacts.lists.optedOut', { count: optedOut })} />
    </span>
  )
}

function ListRow({ list, onDelete }: { list: ContactList; onDelete: () => void }): ReactElement {
  const t = useT()
  return (
    <tr>
      <td>
        <Link to={`/contacts/lists/${list.id}`} className="data-table__name">
          <bdi>{list.name}</bdi>
        </Link>
        <span className="lists-table__meta" title={sourceOf(list)}>
          {sourceOf(list)}
        </span>
        <span className="lists-table__meta">
          {t('contacts.lists.imported', { date: formatDate(list.createdAt) })}
        </span>
      </td>
      <td className="numeric">
        <FormattedMessage
          id="contacts.lists.validOfTotal"
          values={{
            valid: formatCount(list.counts.valid),
            total: formatCount(list.counts.total),
            // The valid figure stands out; "of 120" is quieter beside it.
            strong: (chunks) => <span className="lists-table__valid">{chunks}</span>,
            quiet: (chunks) => <span className="lists-table__total">{chunks}</span>,
          }}
        />
      </td>
      <td>
        <NotMessaged list={list} />
      </td>
      <td className="data-table__actions">
        <RowAction label={t('contacts.lists.delete')} name={list.name} onClick={onDelete} />
      </td>
    </tr>
  )
}

/** Every saved list, newest first, with what will and will not be messaged. */
export function ListsTable({ lists }: { lists: ContactList[] }): ReactElement {
  const t = useT()
  const [deleting, setDeleting] = useState<ContactList | null>(null)
  const columns = useMemo(() => columnsWith(t), [t])
  return (
    <TableCard title={t('contacts.lists.title')}>
      <DataTable className="lists-table" columns={columns}>
        {lists.map((list) => (
          <ListRow key={list.id} list={list} onDelete={() => setDeleting(list)} />
        ))}
      </DataTable>
      <DeleteListDialog list={deleting} onClose={() => setDeleting(null)} />
    </TableCard>
  )
}
