import { useCallback, useMemo, useState } from 'react'
import { FormattedMessage } from 'react-intl'
import type { ReactElement } from 'react'
import type { MessageStatus, StatusCounts } from '../../../src-shared/domain/campaigns'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { MessageLogRow } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'
import { formatClock, formatCount, formatPhone } from '../../lib/format'
import { messageStatusLabel } from '../../lib/campaign-status'
import { useT } from '../../i18n/use-t'
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
    header: <FormattedMessage id="campaigns.messages.name" />,
    width: 130,
    grow: true,
    render: (m) =>
      m.name ?? (
        <span className="muted">
          <FormattedMessage id="campaigns.messages.noName" />
        </span>
      ),
  },
  {
    id: 'phone',
    header: <FormattedMessage id="campaigns.messages.phone" />,
    width: 150,
    render: (m) => <span className="phone">{formatPhone(m.phone)}</span>,
  },
  variantColumn(110),
  statusColumn(124),
  problemColumn(150),
  {
    id: 'at',
    header: <FormattedMessage id="campaigns.messages.time" />,
    // Room for "10:00 ص" and "10:00 AM" where the language writes the half of the day
    width: 90,
    numeric: true,
    render: (m) => formatClock(lastMovedAt(m)),
  },
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
  const t = useT()
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
          {t('campaigns.messages.title')}
        </h2>
        <label className="inline-field">
          <span>{t('campaigns.messages.show')}</span>
          <select
            className="input form-select"
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
          >
            <option value="all">{t('campaigns.messages.all', { count: formatCount(total) })}</option>
            {options.map((s) => (
              <option key={s} value={s}>
                {t('campaigns.messages.option', {
                  status: messageStatusLabel(t, s),
                  count: formatCount(counts[s]),
                })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <MessageTable key={key} columns={columns} rows={rows} rowHeight={44}>
        {t('campaigns.messages.none')}
      </MessageTable>
    </section>
  )
}
