import type { ReactElement } from 'react'
import type { AlertDelivery } from '../../../src-shared/domain/alerts'
import { formatDateTime } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { DataTable, TableCard } from '../../ui/data-table'
import { InlineError } from '../../ui/load-states'
import { deliveryOutcome } from './alert-words'

function Row({ d }: { d: AlertDelivery }): ReactElement {
  const outcome = deliveryOutcome(d)
  return (
    <tr>
      <td className="alert-log__when">{formatDateTime(d.finishedAt ?? d.createdAt)}</td>
      <td>
        {d.test ? <span className="alert-log__test">Test</span> : null}
        {d.title}
      </td>
      <td>{d.channel === 'notification' ? 'Notification' : 'Webhook'}</td>
      <td className="numeric">{d.attempt}</td>
      <td>
        <span className={`chip chip--alert-${outcome.tone}`}>{outcome.label}</span>
        {d.status === 'pending' && d.nextAttemptAt ? (
          <span className="alert-log__detail">Next try {formatDateTime(d.nextAttemptAt)}</span>
        ) : null}
        {d.error ? <span className="alert-log__detail">{d.error}</span> : null}
      </td>
    </tr>
  )
}

/** Every attempt to deliver an alert, newest first: what went, when, and what became of it. */
export function DeliveryLog(): ReactElement {
  const log = useQuery(
    'alerts:deliveries',
    { limit: 100 },
    { invalidateOn: ['alerts:changed', 'alerts:notify'] },
  )
  return (
    <TableCard title="Delivery log" titled className="alert-log">
      {log.error ? (
        <InlineError className="alert-log__empty" onRetry={log.refetch}>
          Could not load the delivery log: {log.error.message}
        </InlineError>
      ) : log.data && log.data.length === 0 ? (
        <p className="muted alert-log__empty">
          No alerts yet. Each alert Herald sends shows here, with every try of a webhook and what its service
          answered.
        </p>
      ) : (
        <DataTable
          columns={['When', 'Alert', 'Channel', { label: 'Try', numeric: true }, 'Outcome']}
          label="Delivery log"
        >
          {(log.data ?? []).map((d) => (
            <Row key={d.id} d={d} />
          ))}
        </DataTable>
      )}
    </TableCard>
  )
}
