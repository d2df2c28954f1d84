import { useMemo } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'
import type { ConversationSummary } from '../../../src-shared/domain/inbox'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { formatDateTime, formatPhone, formatWhen } from '../../lib/format'
import type { PagedRows } from '../../ui/use-paged-rows'
import { VirtualTable } from '../../ui/virtual-table'
import type { TableColumn } from '../../ui/virtual-table'
import { ConversationStatusChip, RehearsalTag } from './inbox-words'

const nothing = '—'

const linkTo = (c: ConversationSummary): string => `/inbox/${c.id}`

function Contact({ c }: { c: ConversationSummary }): ReactElement {
  const t = useT()
  const name = c.name?.trim()
  return (
    <span className="inbox-contact">
      <span className="inbox-contact__top">
        {c.unread > 0 ? <span className="inbox-dot" aria-label={t('inbox.list.unread')} role="img" /> : null}
        <Link to={linkTo(c)} className="inbox-contact__name" dir="auto">
          {name || <bdi dir="ltr">{formatPhone(c.phone)}</bdi>}
        </Link>
        {c.rehearsal ? <RehearsalTag /> : null}
      </span>
      {name ? <span className="phone inbox-contact__phone">{formatPhone(c.phone)}</span> : null}
    </span>
  )
}

function LatestReply({ c }: { c: ConversationSummary }): ReactElement {
  const t = useT()
  const text = c.lastReply?.trim()
  return (
    // The same conversation as the name: for the mouse only, so the keyboard meets one link per row
    <Link to={linkTo(c)} className="inbox-reply" tabIndex={-1} title={text || undefined}>
      {text ? (
        <bdi className="inbox-reply__text">{text}</bdi>
      ) : (
        <span className="inbox-reply__text muted">{t('inbox.list.mediaReply')}</span>
      )}
      {c.replies > 1 ? <span className="inbox-reply__count">{c.replies}</span> : null}
    </Link>
  )
}

const when = (iso: string | null): ReactNode =>
  iso ? <span title={formatDateTime(iso, { withYear: true })}>{formatWhen(iso)}</span> : null

const columns = (t: Translate): TableColumn<ConversationSummary>[] => [
  {
    id: 'contact',
    header: t('inbox.list.contact'),
    width: 170,
    grow: true,
    render: (c) => <Contact c={c} />,
  },
  {
    id: 'reply',
    header: t('inbox.list.latestReply'),
    width: 240,
    grow: true,
    render: (c) => <LatestReply c={c} />,
  },
  { id: 'when', header: t('inbox.list.when'), width: 106, render: (c) => when(c.lastReplyAt) },
  {
    id: 'campaign',
    header: t('inbox.list.campaign'),
    width: 150,
    render: (c) => c.campaignName ?? <span className="muted">{nothing}</span>,
  },
  { id: 'number', header: t('inbox.list.toNumber'), width: 116, render: (c) => c.accountName ?? '' },
  {
    id: 'status',
    header: t('inbox.list.status'),
    // Wide enough for the longest status in any language ("Cliente potencial")
    width: 150,
    render: (c) => <ConversationStatusChip status={c.status} />,
  },
]

type ConversationTableProps = { rows: PagedRows<ConversationSummary>; empty: ReactNode }

/** The conversations in a virtualised table: only the rows in view are drawn and fetched. */
export function ConversationTable({ rows, empty }: ConversationTableProps): ReactElement {
  const t = useT()
  const shown = useMemo(() => columns(t), [t])
  return (
    <VirtualTable
      label={t('inbox.list.title')}
      columns={shown}
      rows={rows}
      rowHeight={60}
      rowClassName={(c) => (c.unread > 0 ? 'inbox-row inbox-row--unread' : 'inbox-row')}
      empty={empty}
    />
  )
}
