import type { ReactElement } from 'react'
import type { Funnel } from '../../../src-shared/domain/analytics'
import type { StatusCounts } from '../../../src-shared/domain/campaigns'
import { useT } from '../../i18n/use-t'
import { formatCount, shareOf } from '../../lib/format'
import { Card } from '../card'
import './analytics.css'
import './charts.css'

const stages: (keyof Funnel)[] = ['queued', 'sent', 'delivered', 'read', 'replied']

/** The messages the funnel loses before "sent", so that the first step adds up. */
function Unsent({ totals }: { totals: StatusCounts }): ReactElement | null {
  const t = useT()
  const waiting = totals.queued + totals.sending
  const parts = [
    totals.failed > 0 ? t('analytics.funnel.unsentFailed', { count: formatCount(totals.failed) }) : null,
    totals.skipped > 0 ? t('analytics.funnel.unsentSkipped', { count: formatCount(totals.skipped) }) : null,
    waiting > 0 ? t('analytics.funnel.unsentWaiting', { count: formatCount(waiting) }) : null,
  ].filter((part) => part !== null)
  if (parts.length === 0) return null
  return <p className="funnel__unsent">{t('analytics.funnel.unsent', { parts: parts.join(' · ') })}</p>
}

/** How far messages got: each stage counts everything that reached it or went further. */
export function FunnelChart({ funnel, totals }: { funnel: Funnel; totals: StatusCounts }): ReactElement {
  const t = useT()
  const widest = Math.max(1, funnel.queued)
  return (
    <Card title={t('analytics.funnel.title')} className="funnel">
      <p className="card__intro">{t('analytics.funnel.intro')}</p>
      <ol className="funnel__stages">
        {stages.map((key) => {
          const count = funnel[key]
          const label = t(`analytics.funnel.stage.${key}`)
          return (
            <li
              key={key}
              className={`funnel__stage funnel__stage--${key}`}
              aria-label={label}
              title={t(`analytics.funnel.stage.${key}Help`)}
            >
              <span className="funnel__label">{label}</span>
              <span className="funnel__track" aria-hidden="true">
                <span className="funnel__bar" style={{ width: `${(count / widest) * 100}%` }} />
              </span>
              <span className="funnel__count">{formatCount(count)}</span>
              <span className="funnel__share">{key === 'queued' ? '' : shareOf(count, funnel.sent)}</span>
            </li>
          )
        })}
      </ol>
      <Unsent totals={totals} />
    </Card>
  )
}
