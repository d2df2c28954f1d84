import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ExportFormat } from '../../../src-shared/domain/reports'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { formatFileSize } from '../../lib/format'
import { useStore } from '../../state/store'
import { RadioCards } from '../../ui/radio-cards'
import type { RadioCardOption } from '../../ui/radio-cards'
import { ProgressBar } from '../../ui/progress-bar'
import { Modal } from '../../ui/modal'
import { ReportLanguageField, useReportLanguage } from '../../ui/report-language'
import { SavedFile } from '../../ui/saved-file'
import { useExport } from './use-export'
import type { ExportState, ReportChoice } from './use-export'
import './reports.css'

type ExportDialogProps = { open: boolean; campaignId?: number; campaignName?: string; onClose: () => void }

function reportOptions(
  t: Translate,
  format: ExportFormat,
  oneCampaign: boolean,
): RadioCardOption<ReportChoice>[] {
  return [
    {
      value: 'summary',
      label: t('reports.export.summary'),
      summary: oneCampaign ? t('reports.export.summaryOne') : t('reports.export.summaryAll'),
    },
    { value: 'messages', label: t('reports.export.messages'), summary: t('reports.export.messagesSummary') },
    {
      value: 'analytics',
      label: t('reports.export.analytics'),
      summary: t('reports.export.analyticsSummary'),
    },
    { value: 'errors', label: t('reports.export.errors'), summary: t('reports.export.errorsSummary') },
    {
      value: 'all',
      label: t('reports.export.all'),
      summary: format === 'csv' ? t('reports.export.allCsv') : t('reports.export.allSummary'),
      disabled: format === 'csv',
    },
  ]
}

// A spreadsheet reads "+447911123456" in a CSV file as the number 447911123456 (Excel may even show
// 4.47911E+11), so spreadsheet users get the workbook, where a phone number is text and a date a date.
function formatOptions(t: Translate, report: ReportChoice): RadioCardOption<ExportFormat>[] {
  return [
    { value: 'xlsx', label: t('reports.export.xlsx'), summary: t('reports.export.xlsxSummary') },
    {
      value: 'csv',
      label: t('reports.export.csv'),
      summary: report === 'all' ? t('reports.export.csvAll') : t('reports.export.csvSummary'),
      disabled: report === 'all',
    },
    { value: 'json', label: t('reports.export.json'), summary: t('reports.export.jsonSummary') },
  ]
}

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

function Progress({ state }: { state: Extract<ExportState, { step: 'saving' }> }): ReactElement {
  const t = useT()
  const { rowsWritten, totalRows } = state
  const percent = totalRows > 0 ? Math.floor((rowsWritten / totalRows) * 100) : 0
  const words =
    totalRows > 0
      ? t('reports.export.rowsWritten', { written: rowsWritten, total: totalRows })
      : t('reports.export.gettingReady')
  return (
    <div className="export-progress">
      <p>{t('reports.export.writing')}</p>
      <ProgressBar percent={percent} label={t('reports.export.progress')} valueText={words} />
      <p className="export-progress__count muted">{words}</p>
    </div>
  )
}

/** Choose a report, a format and the file's language, save, watch it being written, then find the file. */
export function ExportDialog({ open, campaignId, campaignName, onClose }: ExportDialogProps): ReactElement {
  const t = useT()
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [report, setReport] = useState<ReportChoice>('messages')
  const [format, setFormat] = useState<ExportFormat>('xlsx')
  const [language, setLanguage] = useReportLanguage()
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
          {t('reports.export.another')}
        </button>
        <button type="button" className="button button--primary" onClick={close} autoFocus>
          {t('reports.actions.done')}
        </button>
      </>
    ) : (
      <>
        <button type="button" className="button" onClick={close} disabled={busy}>
          {t('reports.export.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void start(report, format, language)}
        >
          {busy
            ? t('reports.export.saving')
            : runtime === 'electron'
              ? t('reports.export.saveAs')
              : t('reports.export.save')}
        </button>
      </>
    )

  return (
    <Modal
      open={open}
      title={
        campaignName ? t('reports.export.titleOne', { name: campaignName }) : t('reports.export.titleAll')
      }
      className="export-dialog"
      onClose={close}
      busy={busy}
      actions={actions}
    >
      {state.step === 'choose' ? (
        <>
          <RadioCards
            legend={t('reports.export.report')}
            options={reportOptions(t, format, campaignId !== undefined)}
            value={report}
            onChange={setReport}
          />
          <RadioCards
            legend={t('reports.export.format')}
            help={t('reports.export.formatHelp', { timeZone })}
            options={formatOptions(t, report)}
            value={format}
            onChange={setFormat}
          />
          <ReportLanguageField value={language} onChange={setLanguage} />
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
          title={t('reports.export.saved')}
          file={state.file}
          detail={t('reports.export.savedDetail', { rows: state.rows, size: formatFileSize(state.bytes) })}
        />
      )}
    </Modal>
  )
}
