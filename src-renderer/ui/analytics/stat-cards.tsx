import type { ReactElement, ReactNode } from 'react'
import type { Analytics, DurationStats } from '../../../src-shared/domain/analytics'
import { rateBases } from '../../../src-shared/domain/rates'
import { formatCount, formatDuration, formatPercent, plural, shareOf } from '../../lib/format'
import { Card } from '../card'
import './analytics.css'

type CardProps = { label: string; value: string; tone?: 'good' | 'bad'; children?: ReactNode }

function StatCard({ label, value, tone, children }: CardProps): ReactElement {
  return (
    <li className={`stat-card${tone ? ` stat-card--${tone}` : ''}`} aria-label={label}>
      <span className="stat-card__label">{label}</span>
      <span className="stat-card__value">{value}</span>
      {children ? <span className="stat-card__note">{children}</span> : null}
    </li>
  )
}

function readNote(rates: Analytics['rates'], read: number): ReactNode {
  const numbers = rates.numbersWithoutReadReceipts
  if (numbers === 0) return `${formatCount(read)} read, ${rateBases.read}`
  return (
    <>
      {formatCount(read)} read, {rateBases.read}.{' '}
      <span title="People who switched off read receipts never show a message as read until they reply, so the read rate can be lower than what was really read.">
        {plural(numbers, 'number never sends', 'numbers never send')} read receipts
      </span>
    </>
  )
}

/** The headline numbers: how many went, arrived, were read and answered, and what went wrong. */
export function StatCards({ analytics }: { analytics: Analytics }): ReactElement {
  const { rates, funnel, totals } = analytics
  return (
    <ul className="stat-cards" aria-label="Totals">
      <StatCard label="Messages sent" value={formatCount(funnel.sent)}>
        {formatPercent(rates.success)} {rateBases.success} went through ({formatCount(rates.attempted)}{' '}
        attempted)
      </StatCard>
      <StatCard label="Delivered" value={formatPercent(rates.delivery)}>
        {formatCount(funnel.delivered)} reached their phone, {rateBases.delivery}
      </StatCard>
      <StatCard label="Read" value={formatPercent(rates.read)}>
        {readNote(rates, funnel.read)}
      </StatCard>
      <StatCard label="Replied" value={formatPercent(rates.reply)} tone="good">
        {plural(funnel.replied, 'reply', 'replies')}, {rateBases.reply}
        {analytics.headline.answered > 0
          ? `; ${plural(analytics.headline.answered, 'answer', 'answers')} sent from the Inbox`
          : ''}
      </StatCard>
      <StatCard label="Opted out" value={formatCount(rates.optOuts)}>
        {formatPercent(rates.optOut)} {rateBases.optOut} asked to stop
      </StatCard>
      <StatCard
        label="Failed"
        value={formatCount(totals.failed)}
        tone={totals.failed > 0 ? 'bad' : undefined}
      >
        {shareOf(totals.failed, rates.attempted)} of attempts
        {totals.skipped > 0 ? `; ${formatCount(totals.skipped)} more skipped` : ''}
      </StatCard>
    </ul>
  )
}

function Timing({ label, stats }: { label: string; stats: DurationStats }): ReactElement {
  return (
    <div className="timing">
      <dt>{label}</dt>
      <dd>
        {stats.medianSeconds === null ? (
          <span className="muted">Not yet</span>
        ) : (
          <>
            <strong>{formatDuration(stats.medianSeconds)}</strong>
            <span className="timing__p90">9 in 10 within {formatDuration(stats.p90Seconds)}</span>
          </>
        )}
      </dd>
    </div>
  )
}

function pace(rates: Analytics['rates']): string | null {
  if (rates.throughputPerHour === null) return null
  const perHour = Math.round(rates.throughputPerHour)
  return `${plural(perHour, 'message', 'messages')} an hour while sending, over ${formatDuration(rates.durationSeconds)} of sending.`
}

/** How long people typically take: the median, and the time by which 90% had done it. */
export function TimingCard({ rates }: { rates: Analytics['rates'] }): ReactElement {
  const paceText = pace(rates)
  return (
    <Card title="Typical time after sending" className="timings">
      <dl className="timings__list">
        <Timing label="To deliver" stats={rates.timeToDeliver} />
        <Timing label="To read" stats={rates.timeToRead} />
        <Timing label="To reply" stats={rates.timeToReply} />
      </dl>
      {paceText ? <p className="timings__pace muted">{paceText}</p> : null}
    </Card>
  )
}
