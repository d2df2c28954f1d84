import { useEffect, useRef } from 'react'
import type { ReactElement } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { formatDateTime } from '../../lib/format'
import { campaignStatusLabel } from '../../lib/campaign-status'
import { usePrintLanguage } from '../../i18n/i18n-provider'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { InlineError } from '../../ui/load-states'
import { Countries, Daily, Errors, Funnel, KeyFigures, Variants } from './report-sections'
import { useReportData } from './use-report-data'
import './report-page.css'

// Turned round in Arabic (.icon--directional)
const backArrow = '←'

/** A moment with its year, for a page that may be read long after. */
const when = (iso: string | null): string => (iso ? formatDateTime(iso, { withYear: true }) : '—')

function Header({ campaign }: { campaign: Campaign }): ReactElement {
  const t = useT()
  const facts: [string, string][] = [
    [t('reports.campaign.list'), campaign.listName],
    [t('reports.campaign.message'), campaign.templateName],
    [
      t('reports.campaign.mode'),
      campaign.dryRun ? t('reports.campaign.modeDryRun') : t('reports.campaign.modeLive'),
    ],
    [t('reports.campaign.status'), campaignStatusLabel(t, campaign.status)],
    [t('reports.campaign.created'), when(campaign.createdAt)],
    [t('reports.campaign.started'), when(campaign.startedAt)],
    [t('reports.campaign.finished'), when(campaign.finishedAt)],
    [t('reports.campaign.made'), when(new Date().toISOString())],
  ]
  return (
    <header className="print-report__header">
      <p className="eyebrow">{t('reports.campaign.eyebrow')}</p>
      <h1>
        <bdi>{campaign.name}</bdi>
      </h1>
      <dl className="print-report__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  )
}

function Report({ campaign, analytics }: { campaign: Campaign; analytics: Analytics }): ReactElement {
  return (
    <>
      <Header campaign={campaign} />
      <KeyFigures analytics={analytics} />
      <Funnel analytics={analytics} />
      <Daily analytics={analytics} />
      <Variants analytics={analytics} />
      <Errors analytics={analytics} />
      <Countries analytics={analytics} />
    </>
  )
}

/** With ?print=1 the browser run opens its print dialog once, as soon as the report is drawn. */
function usePrintOnce(ready: boolean, requested: boolean): void {
  const runtime = useStore((state) => state.appInfo?.runtime)
  const printed = useRef(false)
  useEffect(() => {
    // In the app, the main process prints this page to PDF itself.
    if (!ready || !requested || printed.current || runtime !== 'browser') return
    printed.current = true
    const timer = window.setTimeout(() => window.print(), 300)
    return () => window.clearTimeout(timer)
  }, [ready, requested, runtime])
}

/** A campaign's report laid out for A4 paper: what the PDF report is printed from. */
export function ReportPage(): ReactElement {
  const t = useT()
  const campaignId = Number(useParams().campaignId)
  const [search] = useSearchParams()
  // The PDF in the language its export asked for (the main process adds ?lang= when it prints this page)
  usePrintLanguage(search.get('lang'))
  const data = useReportData(campaignId)
  const ready = data.status === 'loaded'
  usePrintOnce(ready, search.get('print') === '1')

  const name = data.status === 'loaded' ? data.campaign.name : null
  useEffect(() => {
    // The browser offers the page title as the PDF's file name.
    if (name !== null) document.title = t('reports.campaign.documentTitle', { name })
  }, [name, t])

  return (
    <div className="report-page">
      <div className="report-toolbar">
        <Link to={`/history/${campaignId}`} className="button button--quiet">
          <span>
            <span className="icon--directional">{backArrow}</span> {t('reports.campaign.back')}
          </span>
        </Link>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          disabled={!ready}
        >
          {t('reports.campaign.print')}
        </button>
      </div>
      <article
        className="print-report"
        aria-busy={!ready}
        data-report-ready={data.status === 'loaded' ? 'true' : data.status === 'failed' ? 'error' : 'false'}
      >
        {data.status === 'loaded' ? (
          <Report campaign={data.campaign} analytics={data.analytics} />
        ) : data.status === 'failed' ? (
          <InlineError>{t('reports.campaign.failedToMake', { reason: data.message })}</InlineError>
        ) : (
          <p className="muted">{t('reports.campaign.preparing')}</p>
        )}
      </article>
    </div>
  )
}
