import type { ReactElement } from 'react'
import { minimumSendsForTemplates } from '../../../src-shared/domain/analytics'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { rateBases } from '../../../src-shared/domain/rates'
import { formatCount, formatPercent, plural } from '../../lib/format'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'

const columns: Column[] = [
  'Template',
  ...['Sent', 'Reply rate', 'Success rate'].map((label) => ({ label, numeric: true })),
]

const fewWords = `Fewer than ${minimumSendsForTemplates} messages sent: too early to tell`

/** The message templates of the period's campaigns, best first, with how many messages each sent. */
export function TemplatesWidget({ templates }: { templates: Analytics['templates'] }): ReactElement {
  return (
    <TableCard title="Best templates" titled className="templates-widget">
      {templates.length === 0 ? (
        <p className="card__intro card__title--padded muted">No template was sent in this period.</p>
      ) : (
        <>
          <p className="templates-widget__intro">
            Most replies per message first, then most messages that went through. Templates with fewer than{' '}
            {minimumSendsForTemplates} messages sent come last.
          </p>
          <DataTable columns={columns}>
            {templates.map((t) => (
              <tr key={t.template} className={t.smallSample ? 'templates-widget__few' : undefined}>
                <th scope="row" className="templates-widget__name">
                  <span>{t.template}</span>
                  <span className="templates-widget__campaigns">
                    {plural(t.campaigns, 'campaign', 'campaigns')}
                  </span>
                  {t.smallSample ? (
                    <span className="templates-widget__tag" title={fewWords}>
                      Few messages
                    </span>
                  ) : null}
                </th>
                <td className="numeric">{formatCount(t.sent)}</td>
                <td className="numeric" title={`Reply rate, ${rateBases.reply}`}>
                  {formatPercent(t.replyRate)}
                </td>
                <td className="numeric" title={`Success rate, ${rateBases.success}`}>
                  {formatPercent(t.successRate)}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </TableCard>
  )
}
