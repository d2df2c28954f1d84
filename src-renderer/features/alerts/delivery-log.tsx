import type { ReactElement } from 'react'
import type { AlertDelivery } from '../../../src-shared/domain/alerts'
import { useSay, useT } from '../../i18n/use-t'
import { formatDateTime } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { DataTable, TableCard } from '../../ui/data-table'
import { InlineError } from '../../ui/load-states'
import { deliveryError, deliveryOutcome } from './alert-words'

function Row({ d }: { d: AlertDelivery }): ReactElement {
  const t = useT()
  const say = useSay()
  const outcome = deliveryOutcome(t, d)
  const error = deliveryError(say, d)
  return (
    <tr>
      <td className="alert-log__when">{formatDateTime(d.finishedAt ?? d.createdAt)}</td>
      <td>
        {d.test ? <span className="alert-log__test">{t('alerts.log.test')}</span> : null}
        {d.title}
      </td>
      <td>{d.channel === 'notification' ? t('alerts.log.notification') : t('alerts.log.webhook')}</td>
      <td className="numeric">{d.attempt}</td>
      <td>
        <span className={`chip chip--alert-${outcome.tone}`}>{outcome.label}</span>
        {d.status === 'pending' && d.nextAttemptAt ? (
          <span className="alert-log__detail">
            {t('alerts.log.nextTry', { when: formatDateTime(d.nextAttemptAt) })}
          </span>
        ) : null}
        {error ? <span className="alert-log__detail">{error}</span> : null}
      </td>
    </tr>
  )
}

/** Every attempt to deliver an alert, newest first: what went, when, and what became of it. */
export function DeliveryLog(): ReactElement {
  const t = useT()
  const log = useQuery(
    'alerts:deliveries',
    { limit: 100 },
    { invalidateOn: ['alerts:changed', 'alerts:notify'] },
  )
  return (
    <TableCard title={t('alerts.log.title')} titled className="alert-log">
      {log.error ? (
        <InlineError className="alert-log__empty" onRetry={log.refetch}>
          {t('alerts.log.failed', { reason: log.error.message })}
        </InlineError>
      ) : log.data && log.data.length === 0 ? (
        <p className="muted alert-log__empty">{t('alerts.log.empty')}</p>
      ) : (
        <DataTable
          columns={[
            t('alerts.log.when'),
            t('alerts.log.alert'),
            t('alerts.log.channel'),
            { label: t('alerts.log.try'), numeric: true },
            t('alerts.log.outcome'),
          ]}
          label={t('alerts.log.title')}
        >
          {(log.data ?? []).map((d) => (
            <Row key={d.id} d={d} />
          ))}
        </DataTable>
      )}
    </TableCard>
  )
}
