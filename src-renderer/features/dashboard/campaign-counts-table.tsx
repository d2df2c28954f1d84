import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { StatusCounts } from '../../../src-shared/domain/campaigns'
import { CampaignStatusChip } from '../campaigns/status-chip'
import { formatCount } from '../contacts/format'
import { shareOf } from './format'

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
    <section className="card card--flush" aria-labelledby="campaign-counts-title">
      <h2 id="campaign-counts-title" className="card__title card__title--padded">
        Campaigns in this period
      </h2>
      <div className="table-scroll">
        <table className="data-table campaign-counts">
          <thead>
            <tr>
              <th scope="col">Campaign</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Messages
              </th>
              <th scope="col" className="numeric">
                Sent
              </th>
              <th scope="col" className="numeric">
                Replied
              </th>
              <th scope="col" className="numeric">
                Failed
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </section>
  )
}
