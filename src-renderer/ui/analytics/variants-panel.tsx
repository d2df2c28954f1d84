import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { useSay, useT } from '../../i18n/use-t'
import { formatCount, formatPercent } from '../../lib/format'
import { DataTable } from '../data-table'
import type { Column } from '../data-table'
import { InfoIcon } from '../icons'
import { Card } from '../card'
import './analytics.css'
import './charts.css'

type Variants = Analytics['variants']

function Verdict({ variants }: { variants: Variants }): ReactElement {
  const t = useT()
  const say = useSay()
  const sent = variants.list.filter((v) => v.sent > 0)
  const { comparison } = variants
  const text = comparison
    ? say(comparison.verdictPhrase, comparison.verdict)
    : sent.length === 1
      ? t('analytics.variants.onlyOne')
      : t('analytics.variants.noneSent')
  const significant = variants.comparison?.significant === true
  return (
    <p className={`variants__verdict${significant ? ' variants__verdict--clear' : ''}`} role="note">
      <InfoIcon className="variants__icon" />
      <span>{text}</span>
    </p>
  )
}

/** Reply rate per wording, and whether the difference between the best two is more than chance. */
export function VariantsPanel({ variants }: { variants: Variants }): ReactElement {
  const t = useT()
  const columns: Column[] = [
    t('analytics.variants.column.variant'),
    { label: t('analytics.variants.column.sent'), numeric: true },
    { label: t('analytics.variants.column.replies'), numeric: true },
    t('analytics.variants.column.replyRate'),
  ]
  const best = Math.max(0, ...variants.list.map((v) => v.replyRate ?? 0))
  return (
    <Card title={t('analytics.variants.title')} className="variants">
      <Verdict variants={variants} />
      {variants.list.length > 0 ? (
        <DataTable className="variants__table" columns={columns} label={t('analytics.variants.tableLabel')}>
          {variants.list.map((v) => (
            <tr key={v.variant}>
              <th scope="row" className="variants__name">
                {v.variant || t('analytics.variants.main')}
              </th>
              <td className="numeric">{formatCount(v.sent)}</td>
              <td className="numeric">{formatCount(v.replied)}</td>
              <td>
                <span className="variants__rate">
                  <span className="variants__track" aria-hidden="true">
                    <span
                      className="variants__bar"
                      style={{ width: best > 0 ? `${((v.replyRate ?? 0) / best) * 100}%` : 0 }}
                    />
                  </span>
                  <span className="variants__value">{formatPercent(v.replyRate)}</span>
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </Card>
  )
}
