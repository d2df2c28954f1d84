import type { ReactElement } from 'react'
import { minimumSendsForTemplates } from '../../../src-shared/domain/analytics'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { formatCount, formatPercent } from '../../lib/format'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { useT } from '../../i18n/use-t'

/** The message templates of the period's campaigns, best first, with how many messages each sent. */
export function TemplatesWidget({ templates }: { templates: Analytics['templates'] }): ReactElement {
  const t = useT()
  const columns: Column[] = [
    t('dashboard.templates.column.template'),
    ...(['sent', 'replyRate', 'successRate'] as const).map((key) => ({
      label: t(`dashboard.templates.column.${key}`),
      numeric: true,
    })),
  ]
  const minimum = formatCount(minimumSendsForTemplates)
  return (
    <TableCard title={t('dashboard.widget.templates')} titled className="templates-widget">
      {templates.length === 0 ? (
        <p className="card__intro card__title--padded muted">{t('dashboard.templates.none')}</p>
      ) : (
        <>
          <p className="templates-widget__intro">{t('dashboard.templates.intro', { minimum })}</p>
          <DataTable columns={columns}>
            {templates.map((row) => (
              <tr key={row.template} className={row.smallSample ? 'templates-widget__few' : undefined}>
                <th scope="row" className="templates-widget__name">
                  <span>{row.template}</span>
                  <span className="templates-widget__campaigns">
                    {t('dashboard.templates.campaigns', { count: row.campaigns })}
                  </span>
                  {row.smallSample ? (
                    <span
                      className="templates-widget__tag"
                      title={t('dashboard.templates.fewHelp', { minimum })}
                    >
                      {t('dashboard.templates.few')}
                    </span>
                  ) : null}
                </th>
                <td className="numeric">{formatCount(row.sent)}</td>
                <td className="numeric" title={t('dashboard.rate.reply')}>
                  {formatPercent(row.replyRate)}
                </td>
                <td className="numeric" title={t('dashboard.rate.success')}>
                  {formatPercent(row.successRate)}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </TableCard>
  )
}
