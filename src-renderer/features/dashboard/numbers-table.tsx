import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { formatCount, formatPercent, formatPhone, shareOf } from '../../lib/format'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { useT } from '../../i18n/use-t'

const figures = ['sent', 'delivered', 'read', 'replied', 'failed', 'optedOut'] as const

/** A count with its rate beside it, muted, as the campaigns table shows a reply rate. */
function CountAndRate({ count, rate, basis }: { count: number; rate: string; basis: string }): ReactElement {
  return (
    <>
      {formatCount(count)}
      <span className="campaign-counts__rate" title={basis}>
        {rate}
      </span>
    </>
  )
}

/** Each sending number's messages in the period: how far they got, failures and opt-outs. */
export function NumbersTable({ numbers }: { numbers: Analytics['byAccount'] }): ReactElement {
  const t = useT()
  const columns: Column[] = [
    t('dashboard.numbers.column.number'),
    ...figures.map((key) => ({ label: t(`dashboard.numbers.column.${key}`), numeric: true })),
  ]
  return (
    <TableCard title={t('dashboard.widget.numbers')} titled className="numbers-table">
      <DataTable columns={columns}>
        {numbers.map((n) => (
          <tr key={n.id}>
            <th scope="row" className="numbers-table__name">
              <span>
                <bdi>{n.name}</bdi>
              </span>
              {n.removed ? (
                <span className="numbers-table__removed"> {t('dashboard.numbers.removed')}</span>
              ) : null}
              {n.phone ? <span className="phone numbers-table__phone">{formatPhone(n.phone)}</span> : null}
            </th>
            <td className="numeric">{formatCount(n.sent)}</td>
            <td className="numeric">
              <CountAndRate
                count={n.delivered}
                rate={shareOf(n.delivered, n.sent)}
                basis={t('dashboard.rate.delivery')}
              />
            </td>
            <td className="numeric">
              <CountAndRate count={n.read} rate={shareOf(n.read, n.sent)} basis={t('dashboard.rate.read')} />
            </td>
            <td className="numeric">
              <CountAndRate
                count={n.replied}
                rate={formatPercent(n.replyRate)}
                basis={t('dashboard.rate.reply')}
              />
            </td>
            <td className={`numeric${n.failed > 0 ? ' countries__failed' : ''}`}>{formatCount(n.failed)}</td>
            <td className="numeric">
              <CountAndRate
                count={n.optOuts}
                rate={formatPercent(n.optOutRate)}
                basis={t('dashboard.rate.optOut')}
              />
            </td>
          </tr>
        ))}
      </DataTable>
    </TableCard>
  )
}
