import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ReportDefinition } from '../../../src-shared/domain/report-definitions'
import type { ExportFormat, SavedFile as SavedFileResult } from '../../../src-shared/domain/reports'
import { api } from '../../lib/api'
import { formatCount, formatFileSize } from '../../lib/format'
import { useStore } from '../../state/store'
import { Modal } from '../../ui/modal'
import { RadioCards } from '../../ui/radio-cards'
import type { RadioCardOption } from '../../ui/radio-cards'
import { SavedFile } from '../../ui/saved-file'

type Saved = Extract<SavedFileResult, { status: 'saved' }>
type Step = { step: 'choose'; error: string | null } | { step: 'saving' } | { step: 'done'; saved: Saved }

// As the campaign reports' Export: the workbook for spreadsheet users, CSV for other programs, JSON for developers
const formats: RadioCardOption<ExportFormat>[] = [
  {
    value: 'xlsx',
    label: 'Excel workbook',
    summary: 'Best for Excel, LibreOffice or Numbers.',
  },
  { value: 'csv', label: 'CSV', summary: 'For other programs: columns named as in the report’s definition.' },
  { value: 'json', label: 'JSON', summary: 'For developers: the rows as data.' },
]

const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

function ExportDialog(props: { definition: ReportDefinition; onClose: () => void }): ReactElement {
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [format, setFormat] = useState<ExportFormat>('xlsx')
  const [state, setState] = useState<Step>({ step: 'choose', error: null })
  const busy = state.step === 'saving'
  const save = async (): Promise<void> => {
    setState({ step: 'saving' })
    const result = await api.invoke('customReports:export', {
      definition: props.definition,
      format,
      timeZone: timeZone(),
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
      title={`Export “${props.definition.name}”`}
      className="export-dialog"
      onClose={close}
      busy={busy}
      actions={
        state.step === 'done' ? (
          <button type="button" className="button button--primary" onClick={close} autoFocus>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={close} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void save()}
            >
              {busy ? 'Saving…' : runtime === 'electron' ? 'Save…' : 'Save'}
            </button>
          </>
        )
      }
    >
      {state.step === 'done' ? (
        <SavedFile
          title="The report is saved."
          file={state.saved.file}
          detail={`${formatCount(state.saved.rows)} rows · ${formatFileSize(state.saved.bytes)}`}
        />
      ) : (
        <>
          <RadioCards legend="Format" options={formats} value={format} onChange={setFormat} />
          {state.step === 'choose' && state.error ? (
            <div className="inline-error export-dialog__error" role="alert">
              <p>{state.error} Try again, or choose another format.</p>
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
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [state, setState] = useState<PdfState>({ step: 'idle' })
  const print = async (): Promise<void> => {
    if (runtime !== 'electron') return props.onPrint()
    setState({ step: 'printing' })
    const result = await api.invoke('customReports:pdf', { definition: props.definition })
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
        {state.step === 'printing' ? 'Preparing the PDF…' : 'PDF'}
      </button>
      <Modal
        open={state.step === 'done' || state.step === 'failed'}
        title={state.step === 'failed' ? 'The PDF was not saved' : 'PDF report'}
        onClose={reset}
        actions={
          <button type="button" className="button button--primary" onClick={reset} autoFocus>
            Done
          </button>
        }
      >
        {state.step === 'done' ? (
          <SavedFile
            title="The PDF report is saved."
            file={state.saved.file}
            detail={formatFileSize(state.saved.bytes)}
          />
        ) : state.step === 'failed' ? (
          <p role="alert">{state.message} Try again in a moment.</p>
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
  const [exporting, setExporting] = useState(false)
  if (!definition) {
    return (
      <>
        <button type="button" className="button" disabled title="Fix the report first">
          Export
        </button>
        <button type="button" className="button" disabled title="Fix the report first">
          PDF
        </button>
      </>
    )
  }
  return (
    <>
      <button type="button" className="button" onClick={() => setExporting(true)}>
        Export
      </button>
      <PdfButton definition={definition} onPrint={onPrint} />
      {exporting ? <ExportDialog definition={definition} onClose={() => setExporting(false)} /> : null}
    </>
  )
}
