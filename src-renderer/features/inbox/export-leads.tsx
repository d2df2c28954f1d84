import { useState } from 'react'
import type { ReactElement } from 'react'
import type { InboxQuery } from '../../../src-shared/domain/inbox'
import { api } from '../../lib/api'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { formatFileSize } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { useStore } from '../../state/store'
import { InlineError } from '../../ui/load-states'
import { Modal } from '../../ui/modal'
import { RadioCards } from '../../ui/radio-cards'
import type { RadioCardOption } from '../../ui/radio-cards'
import { ReportLanguageField, useReportLanguage } from '../../ui/report-language'
import { SavedFile } from '../../ui/saved-file'

type LeadsFormat = 'xlsx' | 'csv'

// A spreadsheet reads "+447911123456" in a CSV file as a number and drops the +, as the other exports say.
const formats = (t: Translate): RadioCardOption<LeadsFormat>[] => [
  { value: 'xlsx', label: t('inbox.export.xlsx'), summary: t('inbox.export.xlsxSummary') },
  { value: 'csv', label: t('inbox.export.csv'), summary: t('inbox.export.csvSummary') },
]

type Saved = { file: string; bytes: number; rows: number }
type Step = { step: 'choose'; error: string | null } | { step: 'saving' } | ({ step: 'done' } & Saved)

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

type ExportLeadsProps = {
  /** The Inbox's filters; the export takes their leads, whatever status the list is filtered by. */
  query: Omit<InboxQuery, 'offset' | 'limit'>
}

/** "Export leads": the conversations marked Lead, within the Inbox's other filters, to a file. */
export function ExportLeads({ query }: ExportLeadsProps): ReactElement {
  const t = useT()
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [open, setOpen] = useState(false)
  const [format, setFormat] = useState<LeadsFormat>('xlsx')
  const [language, setLanguage] = useReportLanguage()
  const [state, setState] = useState<Step>({ step: 'choose', error: null })
  const leadsQuery = { ...query, status: 'lead' as const }
  const count = useQuery('inbox:list', open ? { ...leadsQuery, limit: 1 } : null, {
    invalidateOn: ['inbox:changed'],
  })
  const leads = count.data?.total
  const busy = state.step === 'saving'

  const save = async (): Promise<void> => {
    setState({ step: 'saving' })
    const result = await api.invoke('inbox:export', { query: leadsQuery, format, timeZone, language })
    if (!result.ok) setState({ step: 'choose', error: result.error.message })
    else if (result.value.status === 'cancelled') setState({ step: 'choose', error: null })
    else setState({ step: 'done', ...result.value })
  }
  const close = (): void => {
    if (busy) return
    setOpen(false)
    setState({ step: 'choose', error: null })
  }

  const actions =
    state.step === 'done' ? (
      <button type="button" className="button button--primary" onClick={close} autoFocus>
        {t('inbox.export.done')}
      </button>
    ) : (
      <>
        <button type="button" className="button" onClick={close} disabled={busy}>
          {t('inbox.export.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || leads === 0 || leads === undefined}
          onClick={() => void save()}
        >
          {busy
            ? t('inbox.export.saving')
            : runtime === 'electron'
              ? t('inbox.export.saveAs')
              : t('inbox.export.save')}
        </button>
      </>
    )

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('inbox.export.title')}
      </button>
      <Modal
        open={open}
        title={t('inbox.export.title')}
        className="inbox-export"
        onClose={close}
        busy={busy}
        actions={actions}
      >
        {state.step === 'done' ? (
          <SavedFile
            title={t('inbox.export.saved')}
            file={state.file}
            detail={t('inbox.export.savedDetail', { count: state.rows, size: formatFileSize(state.bytes) })}
          />
        ) : (
          <>
            <p className="export-leads__scope">
              {leads === undefined
                ? t('inbox.export.counting')
                : leads === 0
                  ? t('inbox.export.none')
                  : t('inbox.export.scope', { count: leads })}
            </p>
            <RadioCards
              legend={t('inbox.export.format')}
              help={t('inbox.export.timeZone', { timeZone })}
              options={formats(t)}
              value={format}
              onChange={setFormat}
            />
            <ReportLanguageField value={language} onChange={setLanguage} />
            {state.step === 'choose' && state.error ? (
              <InlineError className="inbox-export__error">{state.error}</InlineError>
            ) : null}
            {count.error ? <InlineError onRetry={count.refetch}>{count.error.message}</InlineError> : null}
          </>
        )}
      </Modal>
    </>
  )
}
