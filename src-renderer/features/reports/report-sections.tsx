import type { ReactElement, ReactNode } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { categoryInfo } from '../../../src-shared/domain/error-categories'
import { useSay, useT } from '../../i18n/use-t'
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
  const t = useT()
  const { totals, rates, funnel } = analytics
  const failed = totals.failed ?? 0
  const skipped = totals.skipped ?? 0
  const pace = rates.throughputPerHour
  const ofSent = (rate: number | null): string => t('reports.campaign.ofSent', { share: formatPercent(rate) })
  const median = t('reports.campaign.median')
  const figures: [label: string, value: string, help?: string][] = [
    [t('reports.campaign.messages'), formatCount(funnel.queued)],
    [
      t('reports.campaign.sent'),
      formatCount(funnel.sent),
      t('reports.campaign.ofAttempted', { share: formatPercent(rates.success) }),
    ],
    [t('reports.campaign.delivered'), formatCount(funnel.delivered), ofSent(rates.delivery)],
    [t('reports.campaign.read'), formatCount(funnel.read), ofSent(rates.read)],
    [t('reports.campaign.replied'), formatCount(funnel.replied), ofSent(rates.reply)],
    [
      t('reports.campaign.failed'),
      formatCount(failed),
      t('reports.campaign.notMessaged', { count: skipped }),
    ],
    [t('reports.campaign.optedOut'), formatCount(rates.optOuts), ofSent(rates.optOut)],
    [t('reports.campaign.timeToDeliver'), formatDuration(rates.timeToDeliver.medianSeconds), median],
    [t('reports.campaign.timeToRead'), formatDuration(rates.timeToRead.medianSeconds), median],
    [t('reports.campaign.timeToReply'), formatDuration(rates.timeToReply.medianSeconds), median],
    [t('reports.campaign.sendingTime'), formatDuration(rates.durationSeconds)],
    [
      t('reports.campaign.pace'),
      pace === null ? '—' : t('reports.campaign.perHour', { count: Math.round(pace) }),
    ],
  ]
  return (
    <Section title={t('reports.campaign.keyFigures')}>
      <dl className="report-figures">
        {figures.map(([label, value, help]) => (
          <Figure key={label} label={label} value={value} help={help} />
        ))}
      </dl>
      {rates.numbersWithoutReadReceipts > 0 ? (
        <p className="report-note">
          {t('reports.campaign.noReceipts', {
            numbers: rates.numbersWithoutReadReceipts,
            delivered: rates.deliveredWithoutReadReceipts,
          })}
        </p>
      ) : null}
    </Section>
  )
}

const stages = ['queued', 'sent', 'delivered', 'read', 'replied'] as const

export function Funnel({ analytics }: { analytics: Analytics }): ReactElement {
  const t = useT()
  const { funnel } = analytics
  const top = Math.max(funnel.queued, 1)
  return (
    <Section title={t('reports.campaign.funnel')}>
      <p className="report-note">{t('reports.campaign.funnelNote')}</p>
      <ol className="report-funnel">
        {stages.map((stage) => (
          <li key={stage}>
            <span className="report-funnel__name">{t(`reports.campaign.stage.${stage}`)}</span>
            <span className="report-funnel__bar">
              <span style={{ width: `${(funnel[stage] / top) * 100}%` }} />
            </span>
            <span className="report-funnel__count">
              {stage === 'queued'
                ? formatCount(funnel[stage])
                : t('reports.campaign.stageShare', {
                    count: formatCount(funnel[stage]),
                    share: shareOf(funnel[stage], funnel.sent),
                  })}
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
  const t = useT()
  const peak = Math.max(1, ...analytics.daily.map((d) => d.sent))
  return (
    <Section title={t('reports.campaign.daily')}>
      <Table
        head={[
          t('reports.campaign.day'),
          t('reports.campaign.sent'),
          t('reports.campaign.delivered'),
          t('reports.campaign.read'),
          t('reports.campaign.replied'),
          t('reports.campaign.failed'),
          '',
        ]}
        empty={t('reports.campaign.dailyEmpty')}
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
  const t = useT()
  const say = useSay()
  const { list, comparison } = analytics.variants
  if (list.length === 0) return null
  return (
    <Section title={t('reports.campaign.variants')}>
      <Table
        head={[
          t('reports.campaign.variant'),
          t('reports.campaign.sent'),
          t('reports.campaign.replied'),
          t('reports.campaign.replyRate'),
        ]}
        empty=""
        rows={list.map((v) => [
          v.variant,
          formatCount(v.sent),
          formatCount(v.replied),
          formatPercent(v.replyRate),
        ])}
      />
      {comparison ? (
        <p className="report-verdict">{say(comparison.verdictPhrase, comparison.verdict)}</p>
      ) : null}
    </Section>
  )
}

export function Errors({ analytics }: { analytics: Analytics }): ReactElement {
  const t = useT()
  return (
    <Section title={t('reports.campaign.errors')}>
      <Table
        head={[t('reports.campaign.problem'), t('reports.campaign.messages'), t('reports.campaign.whatToDo')]}
        empty={t('reports.campaign.errorsEmpty')}
        rows={analytics.errors.map((e) => [
          t(`campaigns.errorCategory.${e.category}.title`),
          formatCount(e.count),
          // The category's own advice in the window's language; other advice as Herald worded it
          e.recommendation === categoryInfo[e.category].recommendation
            ? t(`campaigns.errorCategory.${e.category}.advice`)
            : e.recommendation,
        ])}
      />
    </Section>
  )
}

export function Countries({ analytics }: { analytics: Analytics }): ReactElement | null {
  const t = useT()
  if (analytics.countries.length === 0) return null
  return (
    <Section title={t('reports.campaign.countries')}>
      <Table
        head={[
          t('reports.campaign.country'),
          t('reports.campaign.messages'),
          t('reports.campaign.sent'),
          t('reports.campaign.replied'),
          t('reports.campaign.failed'),
        ]}
        empty=""
        rows={analytics.countries.map((c) => [
          c.country
            ? t('reports.campaign.countryCode', {
                country: countryName(c.country, c.callingCode),
                code: c.callingCode,
              })
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
