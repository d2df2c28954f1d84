import type { ReactElement, ReactNode } from 'react'
import type { Analytics, DurationStats } from '../../../src-shared/domain/analytics'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { formatCount, formatDuration, formatPercent, shareOf } from '../../lib/format'
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

function readNote(t: Translate, rates: Analytics['rates'], read: number): ReactNode {
  const numbers = rates.numbersWithoutReadReceipts
  const count = formatCount(read)
  if (numbers === 0) return t('analytics.stats.read.note', { count })
  return (
    <>
      {t('analytics.stats.read.noteBeforeReceipts', { count })}{' '}
      <span title={t('analytics.stats.read.noReceiptsHelp')}>
        {t('analytics.stats.read.noReceipts', { numbers })}
      </span>
    </>
  )
}

/** The headline numbers: how many went, arrived, were read and answered, and what went wrong. */
export function StatCards({ analytics }: { analytics: Analytics }): ReactElement {
  const t = useT()
  const { rates, funnel, totals } = analytics
  const answers = analytics.headline.answered
  const failedShare = shareOf(totals.failed, rates.attempted)
  return (
    <ul className="stat-cards" aria-label={t('analytics.stats.label')}>
      <StatCard label={t('analytics.stats.sent.label')} value={formatCount(funnel.sent)}>
        {t('analytics.stats.sent.note', {
          success: formatPercent(rates.success),
          attempted: formatCount(rates.attempted),
        })}
      </StatCard>
      <StatCard label={t('analytics.stats.delivered.label')} value={formatPercent(rates.delivery)}>
        {t('analytics.stats.delivered.note', { count: formatCount(funnel.delivered) })}
      </StatCard>
      <StatCard label={t('analytics.stats.read.label')} value={formatPercent(rates.read)}>
        {readNote(t, rates, funnel.read)}
      </StatCard>
      <StatCard label={t('analytics.stats.replied.label')} value={formatPercent(rates.reply)} tone="good">
        {answers > 0
          ? t('analytics.stats.replied.noteWithAnswers', { replies: funnel.replied, answers })
          : t('analytics.stats.replied.note', { replies: funnel.replied })}
      </StatCard>
      <StatCard label={t('analytics.stats.optedOut.label')} value={formatCount(rates.optOuts)}>
        {t('analytics.stats.optedOut.note', { rate: formatPercent(rates.optOut) })}
      </StatCard>
      <StatCard
        label={t('analytics.stats.failed.label')}
        value={formatCount(totals.failed)}
        tone={totals.failed > 0 ? 'bad' : undefined}
      >
        {totals.skipped > 0
          ? t('analytics.stats.failed.noteWithSkipped', {
              share: failedShare,
              skipped: formatCount(totals.skipped),
            })
          : t('analytics.stats.failed.note', { share: failedShare })}
      </StatCard>
    </ul>
  )
}

function Timing({ label, stats }: { label: string; stats: DurationStats }): ReactElement {
  const t = useT()
  return (
    <div className="timing">
      <dt>{label}</dt>
      <dd>
        {stats.medianSeconds === null ? (
          <span className="muted">{t('analytics.timing.notYet')}</span>
        ) : (
          <>
            <strong>{formatDuration(stats.medianSeconds)}</strong>
            <span className="timing__p90">
              {t('analytics.timing.p90', { duration: formatDuration(stats.p90Seconds) })}
            </span>
          </>
        )}
      </dd>
    </div>
  )
}

function pace(t: Translate, rates: Analytics['rates']): string | null {
  if (rates.throughputPerHour === null) return null
  return t('analytics.timing.pace', {
    count: Math.round(rates.throughputPerHour),
    duration: formatDuration(rates.durationSeconds),
  })
}

/** How long people typically take: the median, and the time by which 90% had done it. */
export function TimingCard({ rates }: { rates: Analytics['rates'] }): ReactElement {
  const t = useT()
  const paceText = pace(t, rates)
  return (
    <Card title={t('analytics.timing.title')} className="timings">
      <dl className="timings__list">
        <Timing label={t('analytics.timing.toDeliver')} stats={rates.timeToDeliver} />
        <Timing label={t('analytics.timing.toRead')} stats={rates.timeToRead} />
        <Timing label={t('analytics.timing.toReply')} stats={rates.timeToReply} />
      </dl>
      {paceText ? <p className="timings__pace muted">{paceText}</p> : null}
    </Card>
  )
}
