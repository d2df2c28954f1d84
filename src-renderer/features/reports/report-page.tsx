import { useEffect, useRef } from 'react'
import type { ReactElement } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { formatDateTime } from '../../lib/format'
import { campaignStatusLabels } from '../../lib/campaign-status'
import { useStore } from '../../state/store'
import { InlineError } from '../../ui/load-states'
import { Countries, Daily, Errors, Funnel, KeyFigures, Variants } from './report-sections'
import { useReportData } from './use-report-data'
import './report-page.css'

/** A moment with its year, for a page that may be read long after. */
const when = (iso: string | null): string => (iso ? formatDateTime(iso, { withYear: true }) : '—')

function Header({ campaign }: { campaign: Campaign }): ReactElement {
  const facts: [string, string][] = [
    ['Contact list', campaign.listName],
    ['Message', campaign.templateName],
    ['Mode', campaign.dryRun ? 'Dry run (no message left this computer)' : 'Live (sent through WhatsApp)'],
    ['Status', campaignStatusLabels[campaign.status]],
    ['Created', when(campaign.createdAt)],
    ['Started', when(campaign.startedAt)],
    ['Finished', when(campaign.finishedAt)],
    ['Report made', when(new Date().toISOString())],
  ]
  return (
    <header className="print-report__header">
      <p className="eyebrow">Herald · Campaign report</p>
      <h1>{campaign.name}</h1>
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
  const campaignId = Number(useParams().campaignId)
  const [search] = useSearchParams()
  const data = useReportData(campaignId)
  const ready = data.status === 'loaded'
  usePrintOnce(ready, search.get('print') === '1')

  const name = data.status === 'loaded' ? data.campaign.name : null
  useEffect(() => {
    // The browser offers the page title as the PDF's file name.
    if (name !== null) document.title = `${name} – Herald report`
  }, [name])

  return (
    <div className="report-page">
      <div className="report-toolbar">
        <Link to={`/history/${campaignId}`} className="button button--quiet">
          ← Back to the campaign
        </Link>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          disabled={!ready}
        >
          Print or save as PDF
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
          <InlineError>
            The report could not be made: {data.message} Go back to History and open the campaign again.
          </InlineError>
        ) : (
          <p className="muted">Preparing the report…</p>
        )}
      </article>
    </div>
  )
}
