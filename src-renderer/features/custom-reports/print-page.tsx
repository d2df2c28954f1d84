import { useEffect, useMemo, useRef, useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import { ReportDefinitionSchema } from '../../../src-shared/domain/report-definitions'
import { usePrintLanguage } from '../../i18n/i18n-provider'
import { useT } from '../../i18n/use-t'
import { useQuery } from '../../lib/query'
import { useStore } from '../../state/store'
import { InlineError } from '../../ui/load-states'
import { PrintableReport } from './printable-report'
import { useFilterChoices } from './use-filter-choices'
import { previewRows } from './use-report-preview'
import './custom-reports.css'

// Turned round in Arabic (.icon--directional)
const backArrow = '←'

function definitionIn(text: string | null): ReportDefinition | null {
  if (text === null) return null
  try {
    const parsed = ReportDefinitionSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** With ?print=1 the browser opens its print dialog once the report is drawn (the app prints it itself). */
function usePrintOnce(ready: boolean, requested: boolean): void {
  const runtime = useStore((state) => state.appInfo?.runtime)
  const printed = useRef(false)
  useEffect(() => {
    if (!ready || !requested || printed.current || runtime !== 'browser') return
    printed.current = true
    const timer = window.setTimeout(() => window.print(), 300)
    return () => window.clearTimeout(timer)
  }, [ready, requested, runtime])
}

/**
 * A custom report's printed page, for the definition in the address (saved or not): what the desktop app
 * prints to PDF in a hidden window, and what a browser prints from.
 */
export function ReportPrintPage(): ReactElement {
  const t = useT()
  const [search] = useSearchParams()
  // The PDF in the language its export asked for (the main process adds ?lang= when it prints this page)
  usePrintLanguage(search.get('lang'))
  const definition = useMemo(() => definitionIn(search.get('definition')), [search])
  const read = useQuery('customReports:preview', definition && { definition, limit: previewRows })
  const choices = useFilterChoices()
  const [madeAt] = useState(() => new Date().toISOString())
  const state = definition === null || read.error ? 'error' : read.data && choices.ready ? 'true' : 'false'
  usePrintOnce(state === 'true', search.get('print') === '1')
  useEffect(() => {
    // The browser offers the page's title as the PDF's file name
    if (definition) document.title = t('reports.campaign.documentTitle', { name: definition.name })
  }, [definition, t])

  return (
    <div className="report-print-page">
      <div className="report-print-page__toolbar">
        <Link to="/reports" className="button button--quiet">
          <span>
            <span className="icon--directional">{backArrow}</span> {t('reports.builder.allReports')}
          </span>
        </Link>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          disabled={state !== 'true'}
        >
          {t('reports.campaign.print')}
        </button>
      </div>
      <article className="report-print" aria-busy={state === 'false'} data-report-ready={state}>
        {definition === null ? (
          <InlineError>{t('reports.print.noDefinition')}</InlineError>
        ) : read.error ? (
          <InlineError onRetry={read.refetch}>
            {t('reports.print.failed', { reason: read.error.message })}
          </InlineError>
        ) : read.data && choices.ready ? (
          <PrintableReport definition={definition} preview={read.data} choices={choices} madeAt={madeAt} />
        ) : (
          <p className="muted">{t('reports.campaign.preparing')}</p>
        )}
      </article>
    </div>
  )
}
