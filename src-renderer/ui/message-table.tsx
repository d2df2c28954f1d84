import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import type { MessageLogRow } from '../../src-shared/domain/history'
import { useT } from '../i18n/use-t'
import { MessageStatusChip } from './status-chip'
import type { PagedRows } from './use-paged-rows'
import { VirtualTable } from './virtual-table'
import type { TableColumn } from './virtual-table'

type MessageColumn = TableColumn<MessageLogRow>

/** The variant the message was written in. */
export const variantColumn = (width: number): MessageColumn => ({
  id: 'variant',
  header: <FormattedMessage id="ui.messageTable.variant" />,
  width,
  render: (m) => m.variant,
})

/** The sending number the message went out on, by its name. */
export const numberColumn = (width: number): MessageColumn => ({
  id: 'number',
  header: <FormattedMessage id="ui.messageTable.number" />,
  width,
  render: (m) => (
    <span className="log-number" title={m.account}>
      {m.account}
    </span>
  ),
})

/** What became of the message, as a chip. */
export const statusColumn = (width: number): MessageColumn => ({
  id: 'status',
  header: <FormattedMessage id="ui.messageTable.status" />,
  width,
  render: (m) => <MessageStatusChip status={m.status} />,
})

/** Why a message failed or was skipped, in words and with its detail; the tooltip says what to do. */
export function problemColumn(width: number, { strong = false } = {}): MessageColumn {
  return {
    id: 'problem',
    header: <FormattedMessage id="ui.messageTable.problem" />,
    width,
    grow: true,
    render: (m) => {
      if (!m.category) return null
      const { label, recommendation } = categoryInfo[m.category]
      return (
        <span className="reason" title={m.detail ?? recommendation}>
          {m.detail ? (
            <FormattedMessage
              id="ui.messageTable.problemDetail"
              values={{ label: strong ? <strong>{label}</strong> : label, detail: m.detail }}
            />
          ) : strong ? (
            <strong>{label}</strong>
          ) : (
            label
          )}
        </span>
      )
    },
  }
}

type MessageTableProps = {
  columns: MessageColumn[]
  rows: PagedRows<MessageLogRow>
  rowHeight: number
  /** What is said in place of the table when no message matches. */
  children: string
}

/** A campaign's messages in a virtualised table: only the rows in view are drawn and fetched. */
export function MessageTable({ children, ...table }: MessageTableProps): ReactElement {
  const t = useT()
  return (
    <VirtualTable label={t('ui.messageTable.label')} empty={<p className="muted">{children}</p>} {...table} />
  )
}
