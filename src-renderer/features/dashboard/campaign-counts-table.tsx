import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { ratesOf, reachedOf } from '../../../src-shared/domain/rates'
import { formatCount, formatPercent } from '../../lib/format'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { CampaignStatusChip, ModeTag } from '../../ui/status-chip'
import { useT } from '../../i18n/use-t'

/** Each campaign with messages in the period, linking to its page in History. */
export function CampaignCountsTable({ campaigns }: { campaigns: Analytics['campaigns'] }): ReactElement {
  const t = useT()
  const columns: Column[] = [
    t('dashboard.campaigns.column.campaign'),
    t('dashboard.campaigns.column.status'),
    ...(['messages', 'sent', 'replied', 'failed'] as const).map((key) => ({
      label: t(`dashboard.campaigns.column.${key}`),
      numeric: true,
    })),
  ]
  return (
    <TableCard title={t('dashboard.widget.campaigns')} titled>
      <DataTable className="campaign-counts" columns={columns}>
        {campaigns.map((c) => {
          const reached = reachedOf(c.counts)
          return (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/history/${c.id}`} className="campaign-counts__name">
                  <bdi>{c.name}</bdi>
                </Link>
              </th>
              <td>
                <CampaignStatusChip status={c.status} /> {c.dryRun ? <ModeTag dryRun /> : null}
              </td>
              <td className="numeric">{formatCount(reached.messages)}</td>
              <td className="numeric">{formatCount(reached.sent)}</td>
              <td className="numeric">
                {formatCount(reached.replied)}
                <span className="campaign-counts__rate" title={t('dashboard.rate.reply')}>
                  {formatPercent(ratesOf(reached).reply)}
                </span>
              </td>
              <td className={`numeric${c.counts.failed > 0 ? ' countries__failed' : ''}`}>
                {formatCount(c.counts.failed)}
              </td>
            </tr>
          )
        })}
      </DataTable>
    </TableCard>
  )
}
