import type { ReactElement } from 'react'
import type { Funnel } from '../../../src-shared/domain/analytics'
import type { StatusCounts } from '../../../src-shared/domain/campaigns'
import { rateBases } from '../../../src-shared/domain/rates'
import { formatCount, shareOf } from '../../lib/format'
import { Card } from '../card'
import './analytics.css'
import './charts.css'

const stages: { key: keyof Funnel; label: string; help: string }[] = [
  { key: 'queued', label: 'Queued', help: 'Every message Herald prepared, skipped ones included' },
  { key: 'sent', label: 'Sent', help: 'Left your phone' },
  { key: 'delivered', label: 'Delivered', help: 'Reached their phone' },
  { key: 'read', label: 'Read', help: 'Opened by them' },
  { key: 'replied', label: 'Replied', help: 'They wrote back' },
]

/** The messages the funnel loses before "sent", so that the first step adds up. */
function Unsent({ totals }: { totals: StatusCounts }): ReactElement | null {
  const waiting = totals.queued + totals.sending
  const parts = [
    totals.failed > 0 ? `${formatCount(totals.failed)} failed` : null,
    totals.skipped > 0 ? `${formatCount(totals.skipped)} skipped` : null,
    waiting > 0 ? `${formatCount(waiting)} still waiting` : null,
  ].filter((part) => part !== null)
  if (parts.length === 0) return null
  return <p className="funnel__unsent">Not sent: {parts.join(' · ')}.</p>
}

/** How far messages got: each stage counts everything that reached it or went further. */
export function FunnelChart({ funnel, totals }: { funnel: Funnel; totals: StatusCounts }): ReactElement {
  const widest = Math.max(1, funnel.queued)
  return (
    <Card title="From queued to replied" className="funnel">
      <p className="card__intro">Percentages are {rateBases.delivery}, as in the rates above.</p>
      <ol className="funnel__stages">
        {stages.map(({ key, label, help }) => {
          const count = funnel[key]
          return (
            <li key={key} className={`funnel__stage funnel__stage--${key}`} aria-label={label} title={help}>
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
