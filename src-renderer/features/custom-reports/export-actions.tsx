import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import type { ExportFormat, SavedFile as SavedFileResult } from '../../../src-shared/domain/reports'
import { api } from '../../lib/api'
import { formatFileSize } from '../../lib/format'
import { useLocale } from '../../i18n/i18n-provider'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { Modal } from '../../ui/modal'
import { RadioCards } from '../../ui/radio-cards'
import type { RadioCardOption } from '../../ui/radio-cards'
import { ReportLanguageField, useReportLanguage } from '../../ui/report-language'
import { SavedFile } from '../../ui/saved-file'

type Saved = Extract<SavedFileResult, { status: 'saved' }>
type Step = { step: 'choose'; error: string | null } | { step: 'saving' } | { step: 'done'; saved: Saved }

// As the campaign reports' Export: the workbook for spreadsheet users, CSV for other programs, JSON for developers
const formats = (t: Translate): RadioCardOption<ExportFormat>[] => [
  { value: 'xlsx', label: t('reports.export.xlsx'), summary: t('reports.custom.xlsxSummary') },
  { value: 'csv', label: t('reports.export.csv'), summary: t('reports.custom.csvSummary') },
  { value: 'json', label: t('reports.export.json'), summary: t('reports.custom.jsonSummary') },
]

const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

function ExportDialog(props: { definition: ReportDefinition; onClose: () => void }): ReactElement {
  const t = useT()
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [format, setFormat] = useState<ExportFormat>('xlsx')
  const [language, setLanguage] = useReportLanguage()
  const [state, setState] = useState<Step>({ step: 'choose', error: null })
  const busy = state.step === 'saving'
  const save = async (): Promise<void> => {
    setState({ step: 'saving' })
    const result = await api.invoke('customReports:export', {
      definition: props.definition,
      format,
      timeZone: timeZone(),
      language,
    })
    if (!result.ok) setState({ step: 'choose', error: result.error.message })
    else if (result.value.status === 'cancelled') setState({ step: 'choose', error: null })
    else setState({ step: 'done', saved: result.value })
  }
  const close = (): void => {
    if (!busy) props.onClose()
  }
  return (
    <Modal
      open
      title={t('reports.export.titleOne', { name: props.definition.name })}
      className="export-dialog"
      onClose={close}
      busy={busy}
      actions={
        state.step === 'done' ? (
          <button type="button" className="button button--primary" onClick={close} autoFocus>
            {t('reports.actions.done')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={close} disabled={busy}>
              {t('reports.export.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void save()}
            >
              {busy
                ? t('reports.export.saving')
                : runtime === 'electron'
                  ? t('reports.export.saveAs')
                  : t('reports.export.save')}
            </button>
          </>
        )
      }
    >
      {state.step === 'done' ? (
        <SavedFile
          title={t('reports.export.saved')}
          file={state.saved.file}
          detail={t('reports.export.savedDetail', {
            rows: state.saved.rows,
            size: formatFileSize(state.saved.bytes),
          })}
        />
      ) : (
        <>
          <RadioCards
            legend={t('reports.export.format')}
            options={formats(t)}
            value={format}
            onChange={setFormat}
          />
          <ReportLanguageField value={language} onChange={setLanguage} />
          {state.step === 'choose' && state.error ? (
            <div className="inline-error export-dialog__error" role="alert">
              <p>{t('reports.custom.exportFailed', { reason: state.error })}</p>
            </div>
          ) : null}
        </>
      )}
    </Modal>
  )
}

type PdfState =
  | { step: 'idle' }
  | { step: 'printing' }
  | { step: 'done'; saved: Saved }
  | { step: 'failed'; message: string }

/** The app prints the report's page to a file itself; the browser prints the page it shows (`onPrint`). */
function PdfButton(props: { definition: ReportDefinition; onPrint: () => void }): ReactElement {
  const t = useT()
  const runtime = useStore((state) => state.appInfo?.runtime)
  const language = useLocale()
  const [state, setState] = useState<PdfState>({ step: 'idle' })
  const print = async (): Promise<void> => {
    if (runtime !== 'electron') return props.onPrint()
    setState({ step: 'printing' })
    const result = await api.invoke('customReports:pdf', { definition: props.definition, language })
    if (!result.ok) setState({ step: 'failed', message: result.error.message })
    else if (result.value.status === 'cancelled') setState({ step: 'idle' })
    else setState({ step: 'done', saved: result.value })
  }
  const reset = (): void => setState({ step: 'idle' })
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void print()}
        disabled={state.step === 'printing'}
      >
        {state.step === 'printing' ? t('reports.actions.preparingPdf') : t('reports.custom.pdf')}
      </button>
      <Modal
        open={state.step === 'done' || state.step === 'failed'}
        title={state.step === 'failed' ? t('reports.actions.pdfFailed') : t('reports.actions.pdf')}
        onClose={reset}
        actions={
          <button type="button" className="button button--primary" onClick={reset} autoFocus>
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
          <p role="alert">{t('reports.custom.pdfFailedBody', { reason: state.message })}</p>
        ) : null}
      </Modal>
    </>
  )
}

type ExportActionsProps = {
  /** The report as the form stands; null while it has problems (nothing to export yet). */
  definition: ReportDefinition | null
  onPrint: () => void
}

/** "Export" (Excel, CSV, JSON) and "PDF" of the report as the form stands, saved or not. */
export function ExportActions({ definition, onPrint }: ExportActionsProps): ReactElement {
  const t = useT()
  const [exporting, setExporting] = useState(false)
  if (!definition) {
    return (
      <>
        <button type="button" className="button" disabled title={t('reports.custom.fixFirst')}>
          {t('reports.actions.export')}
        </button>
        <button type="button" className="button" disabled title={t('reports.custom.fixFirst')}>
          {t('reports.custom.pdf')}
        </button>
      </>
    )
  }
  return (
    <>
      <button type="button" className="button" onClick={() => setExporting(true)}>
        {t('reports.actions.export')}
      </button>
      <PdfButton definition={definition} onPrint={onPrint} />
      {exporting ? <ExportDialog definition={definition} onClose={() => setExporting(false)} /> : null}
    </>
  )
}
