import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ExportFormat } from '../../../src-shared/domain/reports'
import { formatCount, formatFileSize } from '../../lib/format'
import { useStore } from '../../state/store'
import { RadioCards } from '../../ui/radio-cards'
import type { RadioCardOption } from '../../ui/radio-cards'
import { ProgressBar } from '../../ui/progress-bar'
import { Modal } from '../../ui/modal'
import { SavedFile } from '../../ui/saved-file'
import { useExport } from './use-export'
import type { ExportState, ReportChoice } from './use-export'
import './reports.css'

type ExportDialogProps = { open: boolean; campaignId?: number; campaignName?: string; onClose: () => void }

function reportOptions(format: ExportFormat, oneCampaign: boolean): RadioCardOption<ReportChoice>[] {
  return [
    {
      value: 'summary',
      label: 'Campaign summary',
      summary: oneCampaign ? 'Its counts and rates on one row.' : 'One row per campaign: counts and rates.',
    },
    { value: 'messages', label: 'Message log', summary: 'Every message: contact, status, times and errors.' },
    { value: 'analytics', label: 'Analytics', summary: 'Funnel, hours, days, variants and countries.' },
    { value: 'errors', label: 'Errors', summary: 'What failed, how often, and what to do about it.' },
    {
      value: 'all',
      label: 'All in one file',
      summary: format === 'csv' ? 'Choose Excel workbook or JSON for this.' : 'Every report, one sheet each.',
      disabled: format === 'csv',
    },
  ]
}

// A spreadsheet reads "+447911123456" in a CSV file as the number 447911123456 (Excel may even show
// 4.47911E+11), so spreadsheet users get the workbook, where a phone number is text and a date a date.
function formatOptions(report: ReportChoice): RadioCardOption<ExportFormat>[] {
  return [
    {
      value: 'xlsx',
      label: 'Excel workbook',
      summary:
        'Best for Excel, LibreOffice or Numbers: phone numbers as written, real dates, a sheet per table.',
    },
    {
      value: 'csv',
      label: 'CSV',
      summary:
        report === 'all'
          ? 'Holds one report: choose one above.'
          : 'For other programs (a mailing tool, a CRM). Opened in a spreadsheet, phone numbers lose their +.',
      disabled: report === 'all',
    },
    { value: 'json', label: 'JSON', summary: 'For developers: codes, and times in UTC.' },
  ]
}

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

function Progress({ state }: { state: Extract<ExportState, { step: 'saving' }> }): ReactElement {
  const { rowsWritten, totalRows } = state
  const percent = totalRows > 0 ? Math.floor((rowsWritten / totalRows) * 100) : 0
  const words =
    totalRows > 0 ? `${formatCount(rowsWritten)} of ${formatCount(totalRows)} rows written` : 'Getting ready…'
  return (
    <div className="export-progress">
      <p>Writing the report. Keep Herald open until it is done.</p>
      <ProgressBar percent={percent} label="Export progress" valueText={words} />
      <p className="export-progress__count muted">{words}</p>
    </div>
  )
}

/** Choose a report and a format, save, watch it being written, then find the file. */
export function ExportDialog({ open, campaignId, campaignName, onClose }: ExportDialogProps): ReactElement {
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [report, setReport] = useState<ReportChoice>('messages')
  const [format, setFormat] = useState<ExportFormat>('xlsx')
  const { state, start, reset } = useExport(campaignId)
  const busy = state.step === 'saving'

  const close = (): void => {
    if (busy) return
    reset()
    onClose()
  }

  const actions =
    state.step === 'done' ? (
      <>
        <button type="button" className="button" onClick={reset}>
          Export another
        </button>
        <button type="button" className="button button--primary" onClick={close} autoFocus>
          Done
        </button>
      </>
    ) : (
      <>
        <button type="button" className="button" onClick={close} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void start(report, format)}
        >
          {busy ? 'Saving…' : runtime === 'electron' ? 'Save…' : 'Save'}
        </button>
      </>
    )

  return (
    <Modal
      open={open}
      title={`Export ${campaignName ? `“${campaignName}”` : 'all campaigns'}`}
      className="export-dialog"
      onClose={close}
      busy={busy}
      actions={actions}
    >
      {state.step === 'choose' ? (
        <>
          <RadioCards
            legend="Report"
            options={reportOptions(format, campaignId !== undefined)}
            value={report}
            onChange={setReport}
          />
          <RadioCards
            legend="Format"
            help={`Times are in your time zone (${timeZone}), statuses in the words Herald's screens use.`}
            options={formatOptions(report)}
            value={format}
            onChange={setFormat}
          />
          {state.error ? (
            <div className="inline-error export-dialog__error" role="alert">
              <p>{state.error}</p>
            </div>
          ) : null}
        </>
      ) : state.step === 'saving' ? (
        <Progress state={state} />
      ) : (
        <SavedFile
          title="The report is saved."
          file={state.file}
          detail={`${formatCount(state.rows)} rows · ${formatFileSize(state.bytes)}`}
        />
      )}
    </Modal>
  )
}
