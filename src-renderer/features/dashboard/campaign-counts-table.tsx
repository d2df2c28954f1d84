import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { StatusCounts } from '../../../src-shared/domain/campaigns'
import { formatCount, shareOf } from '../../lib/format'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { CampaignStatusChip } from '../../ui/status-chip'

const columns: Column[] = [
  'Campaign',
  'Status',
  ...['Messages', 'Sent', 'Replied', 'Failed'].map((label) => ({ label, numeric: true })),
]

/** Messages that left the phone, whatever happened after. */
function reachedSent(counts: StatusCounts): number {
  return counts.sent + counts.delivered + counts.read + counts.replied
}

function total(counts: StatusCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0)
}

/** Each campaign with messages in the period, linking to its page in History. */
export function CampaignCountsTable({ campaigns }: { campaigns: Analytics['campaigns'] }): ReactElement {
  return (
    <TableCard title="Campaigns in this period" titled>
      <DataTable className="campaign-counts" columns={columns}>
        {campaigns.map((c) => {
          const sent = reachedSent(c.counts)
          return (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/history/${c.id}`} className="campaign-counts__name">
                  {c.name}
                </Link>
              </th>
              <td>
                <CampaignStatusChip status={c.status} />
              </td>
              <td className="numeric">{formatCount(total(c.counts))}</td>
              <td className="numeric">{formatCount(sent)}</td>
              <td className="numeric">
                {formatCount(c.counts.replied)}
                <span className="campaign-counts__rate">{shareOf(c.counts.replied, sent)}</span>
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
