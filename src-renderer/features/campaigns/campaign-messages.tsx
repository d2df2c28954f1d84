import { useCallback, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { MessageStatus, StatusCounts } from '../../../src-shared/domain/campaigns'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { MessageLogRow } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'
import { formatClock, formatCount, formatPhone } from '../../lib/format'
import { messageStatusLabels } from '../../lib/campaign-status'
import { useThrottled } from '../../lib/use-throttled'
import { usePagedRows } from '../../ui/use-paged-rows'
import { MessageTable, problemColumn, statusColumn, variantColumn } from '../../ui/message-table'
import type { TableColumn } from '../../ui/virtual-table'

type Filter = MessageStatus | 'all'

/** When the message last moved: the latest of its timestamps (ISO strings sort as times do). */
function lastMovedAt(m: MessageLogRow): string {
  const times = [m.sentAt, m.deliveredAt, m.readAt, m.repliedAt, m.failedAt]
  return times.reduce<string>((latest, at) => (at !== null && at > latest ? at : latest), m.queuedAt)
}

const columns: TableColumn<MessageLogRow>[] = [
  {
    id: 'name',
    header: 'Name',
    width: 130,
    grow: true,
    render: (m) => m.name ?? <span className="muted">No name</span>,
  },
  {
    id: 'phone',
    header: 'Phone',
    width: 150,
    render: (m) => <span className="phone">{formatPhone(m.phone)}</span>,
  },
  variantColumn(110),
  statusColumn(124),
  problemColumn(150),
  { id: 'at', header: 'Time', width: 70, numeric: true, render: (m) => formatClock(lastMovedAt(m)) },
]

type CampaignMessagesProps = {
  campaignId: number
  counts: StatusCounts
  total: number
  /** Replies still come in after the last send: the rows follow the counts either way. */
  finished: boolean
}

/**
 * Every message of the campaign, by status. While the campaign moves, the pages on screen are read again
 * (at most once a second) in place, so a row shows what became of it without losing the scroll position.
 */
export function CampaignMessages({ campaignId, counts, total }: CampaignMessagesProps): ReactElement {
  const [filter, setFilter] = useState<Filter>('all')
  // Every move of a message changes the counts: their sum over the later stages says "something moved".
  const moved = useThrottled(
    messageStatuses.reduce((sum, s, i) => sum + counts[s] * (i + 1), 0),
    1000,
  )
  const status = filter === 'all' ? undefined : filter
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.invoke('history:messages', { campaignId, status, offset, limit }),
    [campaignId, status],
  )
  const key = `${campaignId}|${filter}`
  const rows = usePagedRows<MessageLogRow>(key, fetchPage, filter === 'all' ? total : counts[filter], moved)
  const options = useMemo(() => messageStatuses.filter((s) => s !== 'sending'), [])

  return (
    <section className="campaign-messages" aria-labelledby="messages-title">
      <div className="campaign-messages__bar">
        <h2 id="messages-title" className="card__title">
          Messages
        </h2>
        <label className="inline-field">
          <span>Show</span>
          <select
            className="input form-select"
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
          >
            <option value="all">All ({formatCount(total)})</option>
            {options.map((s) => (
              <option key={s} value={s}>
                {messageStatusLabels[s]} ({formatCount(counts[s])})
              </option>
            ))}
          </select>
        </label>
      </div>
      <MessageTable key={key} columns={columns} rows={rows} rowHeight={44}>
        No messages with this status.
      </MessageTable>
    </section>
  )
}
