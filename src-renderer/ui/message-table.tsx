import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import type { MessageLogRow } from '../../src-shared/domain/history'
import { useSay, useT } from '../i18n/use-t'
import { problemWords } from './problem-words'
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

function ProblemCell({ message, strong }: { message: MessageLogRow; strong: boolean }): ReactElement | null {
  const t = useT()
  const say = useSay()
  const words = problemWords(t, say, message)
  if (!words) return null
  const label = strong ? <strong>{words.label}</strong> : words.label
  return (
    <span className="reason" title={words.title}>
      {words.detail ? (
        <FormattedMessage id="ui.messageTable.problemDetail" values={{ label, detail: words.detail }} />
      ) : (
        label
      )}
    </span>
  )
}

/** Why a message failed or was skipped, in words and with its detail; the tooltip says what to do. */
export function problemColumn(width: number, { strong = false } = {}): MessageColumn {
  return {
    id: 'problem',
    header: <FormattedMessage id="ui.messageTable.problem" />,
    width,
    grow: true,
    render: (m) => <ProblemCell message={m} strong={strong} />,
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
