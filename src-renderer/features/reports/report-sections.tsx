import type { ReactElement, ReactNode } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { day, duration, percent, wholeNumber } from './format'

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
  return (
    <Section title="Key figures">
      <dl className="report-figures">
        <Figure label="Messages" value={wholeNumber(funnel.queued)} />
        <Figure
          label="Sent"
          value={wholeNumber(funnel.sent)}
          help={`${percent(rates.success)} of attempts`}
        />
        <Figure
          label="Delivered"
          value={wholeNumber(funnel.delivered)}
          help={`${percent(rates.delivery)} of sent`}
        />
        <Figure label="Read" value={wholeNumber(funnel.read)} help={`${percent(rates.read)} of delivered`} />
        <Figure
          label="Replied"
          value={wholeNumber(funnel.replied)}
          help={`${percent(rates.reply)} of sent`}
        />
        <Figure label="Failed" value={wholeNumber(failed)} help={`${wholeNumber(skipped)} not messaged`} />
        <Figure
          label="Opted out"
          value={wholeNumber(rates.optOuts)}
          help={`${percent(rates.optOut)} of sent`}
        />
        <Figure label="Time to deliver" value={duration(rates.timeToDeliver.medianSeconds)} help="median" />
        <Figure label="Time to read" value={duration(rates.timeToRead.medianSeconds)} help="median" />
        <Figure label="Time to reply" value={duration(rates.timeToReply.medianSeconds)} help="median" />
        <Figure label="Sending time" value={duration(rates.durationSeconds)} />
        <Figure
          label="Pace"
          value={
            rates.throughputPerHour === null
              ? '—'
              : `${wholeNumber(Math.round(rates.throughputPerHour))}/hour`
          }
        />
      </dl>
      {rates.numbersWithoutReadReceipts > 0 ? (
        <p className="report-note">
          {wholeNumber(rates.numbersWithoutReadReceipts)} number(s) never send read receipts; their{' '}
          {wholeNumber(rates.deliveredWithoutReadReceipts)} delivered message(s) are left out of the read
          rate.
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
      <ol className="report-funnel">
        {stages.map((stage) => (
          <li key={stage}>
            <span className="report-funnel__name">{stageNames[stage]}</span>
            <span className="report-funnel__bar">
              <span style={{ width: `${(funnel[stage] / top) * 100}%` }} />
            </span>
            <span className="report-funnel__count">
              {wholeNumber(funnel[stage])} · {percent(funnel[stage] / top)}
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
          day(d.date),
          wholeNumber(d.sent),
          wholeNumber(d.delivered),
          wholeNumber(d.read),
          wholeNumber(d.replied),
          wholeNumber(d.failed),
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
        rows={list.map((v) => [v.variant, wholeNumber(v.sent), wholeNumber(v.replied), percent(v.replyRate)])}
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
        rows={analytics.errors.map((e) => [e.label, wholeNumber(e.count), e.recommendation])}
      />
    </Section>
  )
}

export function Countries({ analytics }: { analytics: Analytics }): ReactElement | null {
  if (analytics.countries.length === 0) return null
  const names = new Intl.DisplayNames(undefined, { type: 'region' })
  return (
    <Section title="Countries">
      <Table
        head={['Country', 'Messages', 'Sent', 'Replied', 'Failed']}
        empty=""
        rows={analytics.countries.map((c) => [
          c.country
            ? `${names.of(c.country) ?? c.country} (+${c.callingCode})`
            : `Unknown (+${c.callingCode})`,
          wholeNumber(c.messages),
          wholeNumber(c.sent),
          wholeNumber(c.replied),
          wholeNumber(c.failed),
        ])}
      />
    </Section>
  )
}
