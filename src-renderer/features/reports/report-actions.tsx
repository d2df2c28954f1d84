import { useState } from 'react'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { SavedFile as SavedFileResult } from '../../../src-shared/domain/reports'
import { useLocale } from '../../i18n/i18n-provider'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { formatFileSize } from '../../lib/format'
import { useStore } from '../../state/store'
import { Modal } from '../../ui/modal'
import { SavedFile } from '../../ui/saved-file'
import { ExportDialog } from './export-dialog'
import './reports.css'

export type ReportActionsProps = { campaignId?: number; campaignName?: string }

type PdfState =
  | { step: 'idle' }
  | { step: 'printing' }
  | { step: 'done'; saved: Extract<SavedFileResult, { status: 'saved' }> }
  | { step: 'failed'; message: string }

/** The app prints the report page to a file itself; the result shows in a small dialog. */
function PdfButton({ campaignId }: { campaignId: number }): ReactElement {
  const t = useT()
  const language = useLocale()
  const [state, setState] = useState<PdfState>({ step: 'idle' })
  const print = async (): Promise<void> => {
    setState({ step: 'printing' })
    // Printed in the window's language, whichever way the hidden page that prints it would resolve it
    const result = await api.invoke('reports:pdf', { campaignId, language })
    if (!result.ok) setState({ step: 'failed', message: result.error.message })
    else if (result.value.status === 'cancelled') setState({ step: 'idle' })
    else setState({ step: 'done', saved: result.value })
  }
  const finished = state.step === 'done' || state.step === 'failed'
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void print()}
        disabled={state.step === 'printing'}
      >
        {state.step === 'printing' ? t('reports.actions.preparingPdf') : t('reports.actions.pdf')}
      </button>
      <Modal
        open={finished}
        title={state.step === 'failed' ? t('reports.actions.pdfFailed') : t('reports.actions.pdf')}
        onClose={() => setState({ step: 'idle' })}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setState({ step: 'idle' })}
            autoFocus
          >
            {t('reports.actions.done')}
          </button>
        }
      >
        {state.step === 'done' ? (
          <SavedFile
            title={t('reports.actions.pdfSaved')}
            file={state.saved.file}
            detail={formatFileSize(state.saved.bytes)}
          />
        ) : state.step === 'failed' ? (
          <p role="alert">{state.message}</p>
        ) : null}
      </Modal>
    </>
  )
}

/**
 * "Export" (any report, CSV / Excel / JSON) and, for one campaign, "PDF report". Without a campaign the
 * export covers all campaigns.
 */
export function ReportActions({ campaignId, campaignName }: ReportActionsProps): ReactElement {
  const t = useT()
  const [exporting, setExporting] = useState(false)
  const runtime = useStore((state) => state.appInfo?.runtime)
  const navigate = useNavigate()
  return (
    <div className="report-actions">
      <button type="button" className="button" onClick={() => setExporting(true)}>
        {t('reports.actions.export')}
      </button>
      {campaignId === undefined ? null : runtime === 'electron' ? (
        <PdfButton campaignId={campaignId} />
      ) : (
        // The browser prints the report page itself: its print dialog offers "Save as PDF".
        <button
          type="button"
          className="button"
          onClick={() => void navigate(`/history/${campaignId}/report?print=1`)}
        >
          {t('reports.actions.pdf')}
        </button>
      )}
      <ExportDialog
        open={exporting}
        campaignId={campaignId}
        campaignName={campaignName}
        onClose={() => setExporting(false)}
      />
    </div>
  )
}
