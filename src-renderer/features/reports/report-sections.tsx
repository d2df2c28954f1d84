import type { ReactElement, ReactNode } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { rateBases } from '../../../src-shared/domain/rates'
import { countryName, formatCount, formatDay, formatDuration, formatPercent, shareOf } from '../../lib/format'

function Section({ title, children }: { title: string; children: ReactNode }): ReactElement {
  return (
    <section className="print-report__section">
      <h2>{title}</h2>
      {children}
    </section>
  )
}

function Figure({ label, value, help }: { label: string; value: string; help?: string }): ReactElement {
  return (
    <div className="report-figure">
      <dt>{label}</dt>
      <dd>
        <span className="report-figure__value">{value}</span>
        {help ? <span className="report-figure__help">{help}</span> : null}
      </dd>
    </div>
  )
}

export function KeyFigures({ analytics }: { analytics: Analytics }): ReactElement {
  const { totals, rates, funnel } = analytics
  const failed = totals.failed ?? 0
  const skipped = totals.skipped ?? 0
  const pace = rates.throughputPerHour
  const figures: [label: string, value: string, help?: string][] = [
    ['Messages', formatCount(funnel.queued)],
    ['Sent', formatCount(funnel.sent), `${formatPercent(rates.success)} ${rateBases.success}`],
    ['Delivered', formatCount(funnel.delivered), `${formatPercent(rates.delivery)} ${rateBases.delivery}`],
    ['Read', formatCount(funnel.read), `${formatPercent(rates.read)} ${rateBases.read}`],
    ['Replied', formatCount(funnel.replied), `${formatPercent(rates.reply)} ${rateBases.reply}`],
    ['Failed', formatCount(failed), `${formatCount(skipped)} not messaged`],
    ['Opted out', formatCount(rates.optOuts), `${formatPercent(rates.optOut)} ${rateBases.optOut}`],
    ['Time to deliver', formatDuration(rates.timeToDeliver.medianSeconds), 'median'],
    ['Time to read', formatDuration(rates.timeToRead.medianSeconds), 'median'],
    ['Time to reply', formatDuration(rates.timeToReply.medianSeconds), 'median'],
    ['Sending time', formatDuration(rates.durationSeconds)],
    ['Pace', pace === null ? '—' : `${formatCount(Math.round(pace))}/hour`],
  ]
  return (
    <Section title="Key figures">
      <dl className="report-figures">
        {figures.map(([label, value, help]) => (
          <Figure key={label} label={label} value={value} help={help} />
        ))}
      </dl>
      {rates.numbersWithoutReadReceipts > 0 ? (
        <p className="report-note">
          {formatCount(rates.numbersWithoutReadReceipts)} number(s) never send read receipts; their{' '}
          {formatCount(rates.deliveredWithoutReadReceipts)} delivered message(s) count as read only once
          answered.
        </p>
      ) : null}
    </Section>
  )
}

const stages = ['queued', 'sent', 'delivered', 'read', 'replied'] as const
const stageNames = {
  queued: 'Queued',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  replied: 'Replied',
}

export function Funnel({ analytics }: { analytics: Analytics }): ReactElement {
  const { funnel } = analytics
  const top = Math.max(funnel.queued, 1)
  return (
    <Section title="Delivery funnel">
      <p className="report-note">Percentages are {rateBases.delivery}.</p>
      <ol className="report-funnel">
        {stages.map((stage) => (
          <li key={stage}>
            <span className="report-funnel__name">{stageNames[stage]}</span>
            <span className="report-funnel__bar">
              <span style={{ width: `${(funnel[stage] / top) * 100}%` }} />
            </span>
            <span className="report-funnel__count">
              {formatCount(funnel[stage])}
              {stage === 'queued' ? '' : ` · ${shareOf(funnel[stage], funnel.sent)}`}
            </span>
          </li>
        ))}
      </ol>
    </Section>
  )
}

function Table({ head, rows, empty }: { head: string[]; rows: ReactNode[][]; empty: string }): ReactElement {
  if (rows.length === 0) return <p className="report-note">{empty}</p>
  return (
    <table className="report-table">
      <thead>
        <tr>
          {head.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function Daily({ analytics }: { analytics: Analytics }): ReactElement {
  const peak = Math.max(1, ...analytics.daily.map((d) => d.sent))
  return (
    <Section title="Day by day">
      <Table
        head={['Day', 'Sent', 'Delivered', 'Read', 'Replied', 'Failed', '']}
        empty="Nothing was sent yet."
        rows={analytics.daily.map((d) => [
          formatDay(d.date, { withYear: true }),
          formatCount(d.sent),
          formatCount(d.delivered),
          formatCount(d.read),
          formatCount(d.replied),
          formatCount(d.failed),
          <span key="bar" className="report-daybar" aria-hidden="true">
            <span style={{ width: `${(d.sent / peak) * 100}%` }} />
          </span>,
        ])}
      />
    </Section>
  )
}

export function Variants({ analytics }: { analytics: Analytics }): ReactElement | null {
  const { list, comparison } = analytics.variants
  if (list.length === 0) return null
  return (
    <Section title="Message variants">
      <Table
        head={['Variant', 'Sent', 'Replied', 'Reply rate']}
        empty=""
        rows={list.map((v) => [
          v.variant,
          formatCount(v.sent),
          formatCount(v.replied),
          formatPercent(v.replyRate),
        ])}
      />
      {comparison ? <p className="report-verdict">{comparison.verdict}</p> : null}
    </Section>
  )
}

export function Errors({ analytics }: { analytics: Analytics }): ReactElement {
  return (
    <Section title="What went wrong">
      <Table
        head={['Problem', 'Messages', 'What to do']}
        empty="No message failed."
        rows={analytics.errors.map((e) => [e.label, formatCount(e.count), e.recommendation])}
      />
    </Section>
  )
}

export function Countries({ analytics }: { analytics: Analytics }): ReactElement | null {
  if (analytics.countries.length === 0) return null
  return (
    <Section title="Countries">
      <Table
        head={['Country', 'Messages', 'Sent', 'Replied', 'Failed']}
        empty=""
        rows={analytics.countries.map((c) => [
          c.country
            ? `${countryName(c.country, c.callingCode)} (+${c.callingCode})`
            : countryName(null, c.callingCode),
          formatCount(c.messages),
          formatCount(c.sent),
          formatCount(c.replied),
          formatCount(c.failed),
        ])}
      />
    </Section>
  )
}
