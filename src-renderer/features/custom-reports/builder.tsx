import { useEffect, useMemo, useRef, useState } from 'react'
import type { FormEvent, ReactElement, ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { SavedReport } from '../../../src-shared/domain/custom-reports'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { ActionBar } from '../../ui/action-bar'
import { Card } from '../../ui/card'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { LeaveGuard } from '../../ui/leave-guard'
import type { Draft } from './draft'
import { checkDraft, draftOf, nameMissing, newDraft, sameReport } from './draft'
import { ExportActions } from './export-actions'
import { FilterFields } from './filter-fields'
import { PreviewPanel } from './preview-panel'
import { PrintableReport } from './printable-report'
import { GroupByField, MeasuresField, NameInput, RowsField } from './shape-fields'
import { useFilterChoices } from './use-filter-choices'
import { useReportPreview } from './use-report-preview'
import { sameName, useSaveReport } from './use-save-report'

type BuilderProps = {
  /** The saved report opened; null for a new one. */
  saved: SavedReport | null
  savedNames: readonly string[]
  /** What sits under the builder when a saved report is open (its schedules). */
  below?: ReactNode
}

/** The browser prints the page it shows: the printed report is drawn for the print, then taken away. */
function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    if (!printing) return
    const done = (): void => setPrinting(false)
    window.addEventListener('afterprint', done)
    const timer = window.setTimeout(() => window.print(), 100)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('afterprint', done)
    }
  }, [printing])
  return { printing, print: () => setPrinting(true) }
}

function saveStatus(t: Translate, dirty: boolean, saved: SavedReport | null, busy: boolean): string {
  if (busy) return t('reports.builder.status.saving')
  if (dirty) return saved ? t('reports.builder.status.unsaved') : t('reports.builder.status.notYet')
  return saved ? t('reports.builder.status.saved') : t('reports.builder.status.notYet')
}

/** The report builder: name, rows, groups, measures and filters on the left; the live preview on the right. */
export function Builder({ saved, savedNames, below }: BuilderProps): ReactElement {
  const t = useT()
  // What an unnamed report is called in a preview, an export or a printed page
  const untitled = t('reports.builder.untitledReport')
  const navigate = useNavigate()
  const [base, setBase] = useState<Draft>(() => (saved ? draftOf(saved.definition) : newDraft()))
  const [draft, setDraft] = useState<Draft>(base)
  const [nameError, setNameError] = useState<string | null>(null)
  const [savedAs, setSavedAs] = useState<string | null>(null)
  // One object per change of the form, so the preview's wait starts again only when something changed
  const checked = useMemo(() => checkDraft(t, draft, untitled), [t, draft, untitled])
  const read = useReportPreview(checked.definition)
  const choices = useFilterChoices()
  const { printing, print } = usePrinting()
  const dirty = !sameReport(draft, base)

  const control = useSaveReport({
    openedName: saved?.name ?? null,
    savedNames,
    onSaved: (report) => {
      const now = draftOf(report.definition)
      setBase(now)
      setDraft(now)
      setSavedAs(report.name)
    },
  })
  // Once saved (and so nothing is unsaved), the address follows the report's name
  const followed = useRef<string | null>(null)
  useEffect(() => {
    if (savedAs === null || dirty || followed.current === savedAs) return
    followed.current = savedAs
    if (saved?.name !== savedAs)
      void navigate(`/reports/saved/${encodeURIComponent(savedAs)}`, { replace: true })
  }, [savedAs, dirty, saved, navigate])

  const change = (next: Draft): void => {
    setDraft(next)
    if (next.name.trim() !== '') setNameError(null)
  }
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (draft.name.trim() === '') return setNameError(nameMissing(t))
    if (checked.definition) control.save({ ...checked.definition, name: draft.name.trim() })
  }
  const renamed = saved !== null && !sameName(saved.name, draft.name.trim()) && draft.name.trim() !== ''
  const errors = { ...checked.errors, ...(nameError ? { name: nameError } : {}) }
  // What Export and PDF make: the report as the form stands, under its name (or a plain one, not named yet)
  const named = checked.definition ? { ...checked.definition, name: draft.name.trim() || untitled } : null

  return (
    <div className="builder">
      <div className="builder__columns">
        <form className="builder__form" onSubmit={submit} noValidate>
          <Card title={t('reports.builder.report')}>
            <div className="builder__fields">
              <NameInput
                value={draft.name}
                error={errors.name}
                onChange={(name) => change({ ...draft, name })}
              />
              <RowsField draft={draft} errors={errors} onChange={change} />
            </div>
          </Card>
          <Card title={t('reports.builder.rowsAndFigures')}>
            <div className="builder__fields">
              <GroupByField draft={draft} errors={errors} onChange={change} />
              <MeasuresField draft={draft} errors={errors} onChange={change} />
            </div>
          </Card>
          <Card title={t('reports.builder.filters')}>
            <FilterFields draft={draft} errors={errors} choices={choices} onChange={change} />
          </Card>
          <ActionBar
            floating={dirty}
            status={saveStatus(t, dirty, saved, control.busy)}
            ok={!dirty && saved !== null}
            error={control.error}
          >
            {dirty && saved ? (
              <button type="button" className="button" onClick={() => setDraft(base)} disabled={control.busy}>
                {t('reports.builder.discard')}
              </button>
            ) : null}
            <button
              type="submit"
              className="button button--primary"
              disabled={control.busy || checked.definition === null || (saved !== null && !dirty)}
            >
              {renamed ? t('reports.builder.saveAsNew') : t('reports.builder.save')}
            </button>
          </ActionBar>
        </form>
        <div className="builder__preview">
          <PreviewPanel
            read={read}
            invalid={checked.definition === null}
            rows={draft.rows}
            actions={<ExportActions definition={named} onPrint={print} />}
          />
        </div>
      </div>
      {below}
      {printing && named && read.data ? (
        <div className="report-print report-print--inline">
          <PrintableReport
            definition={named}
            preview={read.data}
            choices={choices}
            madeAt={new Date().toISOString()}
          />
        </div>
      ) : null}
      <ConfirmDialog
        open={control.replacing !== null}
        title={t('reports.builder.replaceTitle', { name: control.replacing?.name ?? '' })}
        confirmLabel={t('reports.builder.replaceConfirm')}
        busy={control.busy}
        onCancel={control.cancelReplace}
        onConfirm={control.confirmReplace}
      >
        <p>{t('reports.builder.replaceBody')}</p>
      </ConfirmDialog>
      <LeaveGuard when={dirty} what={t('reports.builder.leaveWhat')} />
    </div>
  )
}
