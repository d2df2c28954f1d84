import { useEffect, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { Column, ColumnRole, ImportAnalysis, ImportOpened } from '../../../src-shared/domain/contacts'
import { useLocale } from '../../i18n/i18n-provider'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { AlertIcon } from '../../ui/icons'
import { Card } from '../../ui/card'
import { Select } from '../../ui/select'
import { InlineError } from '../../ui/load-states'
import type { AnalyzeOptions } from './slice'
import { ColumnMapping, placeholderOf, placeholderText } from './column-mapping'
import { ContactsField } from './contacts-field'
import { countriesIn, lastImportCountry, rememberImportCountry } from './country-hint'
import { CountryHintNote } from './country-hint-note'
import { ImportProgressBar } from './import-progress'
import { useSayImport } from './use-say-import'
import { WizardFooter } from './wizard-footer'
import './mapping.css'

function useAnalysis(): {
  analysis: ImportAnalysis | null
  error: string | null
  run: (options: AnalyzeOptions) => void
} {
  const analyzeImport = useStore((state) => state.analyzeImport)
  const analysis = useStore((state) => state.importAnalysis)
  const [error, setError] = useState<string | null>(null)
  const run = (options: AnalyzeOptions): void => {
    setError(null)
    void analyzeImport(options).then((result) => {
      if (result && !result.ok) setError(result.error.message)
    })
  }
  return { analysis, error, run }
}

type SheetAndCountryProps = {
  opened: ImportOpened
  sheet: string
  /** The analysis of the chosen sheet, once Herald has it: it knows which rows are contacts. */
  analysed: ImportAnalysis | null
  country: string
  onSheet: (sheet: string) => void
  onCountry: (country: string) => void
}

/** A sheet as the picker names it: its rows, or for the analysed one, the contact rows under its header. */
export function sheetLabel(
  info: ImportOpened['sheets'][number],
  analysed: ImportAnalysis | null,
  t: Translate,
): string {
  if (analysed?.sheet !== info.name)
    return t('contacts.columns.sheetRows', { name: info.name, rows: info.rows })
  const rows = analysed.counts.total
  return analysed.headerRow > 0
    ? t('contacts.columns.sheetRowsUnderHeader', { name: info.name, rows })
    : t('contacts.columns.sheetRows', { name: info.name, rows })
}

/** Every country for numbers written without +, named in the window's language. */
function useCountryChoices(): { value: string; label: string }[] {
  const locale = useLocale()
  return useMemo(
    () => countriesIn(locale).map((c) => ({ value: c.code, label: `${c.name} (+${c.callingCode})` })),
    [locale],
  )
}

function SheetAndCountry(props: SheetAndCountryProps): ReactElement {
  const { opened, sheet, analysed, country, onSheet, onCountry } = props
  const t = useT()
  const countryChoices = useCountryChoices()
  const sheets = opened.sheets.map((info) => ({ value: info.name, label: sheetLabel(info, analysed, t) }))
  return (
    <div className="import-options">
      <ContactsField label={t('contacts.columns.sheet')}>
        {(id) => (
          <Select id={id} className="input form-select" value={sheet} options={sheets} onChange={onSheet} />
        )}
      </ContactsField>
      <ContactsField label={t('contacts.columns.country')}>
        {(id) => (
          <Select
            id={id}
            className="input form-select"
            value={country}
            options={countryChoices}
            onChange={onCountry}
          />
        )}
      </ContactsField>
    </div>
  )
}

/** The columns as the user set them, while Herald may still be analysing the latest change. */
function withChosenRoles(columns: Column[], choice: AnalyzeOptions): Column[] {
  if (!choice.roles) return columns
  return columns.map((column) => ({
    ...column,
    role: choice.roles?.find((r) => r.index === column.index)?.role ?? column.role,
  }))
}

function Placeholders({ columns }: { columns: Column[] }): ReactElement {
  const t = useT()
  const keys = columns.map(placeholderOf).filter((key): key is string => key !== null)
  return (
    <p className="placeholders">
      <span className="placeholders__label">{t('contacts.columns.placeholders')}</span>
      {keys.length === 0 ? (
        <span className="muted">{t('contacts.columns.noPlaceholders')}</span>
      ) : (
        keys.map((key) => (
          <code key={key} className="placeholder">
            {placeholderText(key)}
          </code>
        ))
      )}
    </p>
  )
}

function HeaderNote({ analysis }: { analysis: ImportAnalysis }): ReactElement {
  const t = useT()
  return (
    <p className="header-note">
      {analysis.headerRow > 0
        ? t('contacts.columns.headerFound', { row: analysis.headerRow })
        : t('contacts.columns.noHeader')}
    </p>
  )
}

function Problem({ analysis }: { analysis: ImportAnalysis }): ReactElement {
  const t = useT()
  const say = useSayImport()
  return (
    <div className="import-problem" role="alert">
      <AlertIcon className="import-problem__icon" />
      <div>
        <p className="import-problem__title">{t('contacts.columns.problemTitle')}</p>
        <p>{say(analysis.problemPhrase, analysis.problem ?? '')}</p>
      </div>
    </div>
  )
}

type ColumnsStepProps = { onBack: () => void; onNext: () => void; onCancel: () => void }

export function ColumnsStep({ onBack, onNext, onCancel }: ColumnsStepProps): ReactElement | null {
  const t = useT()
  const opened = useStore((state) => state.importOpened)
  const busy = useStore((state) => state.importBusy)
  const progress = useStore((state) => state.importProgress)
  const defaultCountry = useStore((state) => state.settings?.defaultCountry)
  const choice = useStore((state) => state.importChoice)
  const { analysis, error, run } = useAnalysis()

  useEffect(() => {
    const country = lastImportCountry() ?? defaultCountry
    if (!analysis) run(country ? { country } : {})
    // Only the first analysis of a file is started here; later ones follow the user's choices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  if (!opened) return null
  const sheet = choice.sheet ?? analysis?.sheet ?? opened.defaultSheet
  const country = choice.country ?? analysis?.country ?? defaultCountry ?? ''
  const columns = withChosenRoles(analysis?.columns ?? [], choice)
  const roles = columns.map(({ index, role }) => ({ index, role }))
  const changeRole = (index: number, role: ColumnRole): void =>
    run({ sheet, country, roles: roles.map((r) => (r.index === index ? { index, role } : r)) })
  const chooseCountry = (next: string): void => {
    rememberImportCountry(next)
    run({ sheet, country: next, roles })
  }

  return (
    <>
      <Card title={t('contacts.columns.title')} className="import-card">
        <p className="card__intro">{t('contacts.columns.intro', { fileName: opened.fileName })}</p>
        <SheetAndCountry
          opened={opened}
          sheet={sheet}
          country={country}
          onSheet={(next) => run({ sheet: next, country })}
          analysed={analysis?.sheet === sheet ? analysis : null}
          onCountry={chooseCountry}
        />
        {busy === 'analysing' && progress && !analysis ? (
          <ImportProgressBar progress={progress} title={t('contacts.columns.reading')} />
        ) : null}
        {error ? <InlineError onRetry={() => run({ sheet, country })}>{error}</InlineError> : null}
        {analysis ? (
          <div className="mapping-area" aria-busy={busy === 'analysing'}>
            {analysis.problem ? <Problem analysis={analysis} /> : null}
            <CountryHintNote analysis={analysis} busy={busy === 'analysing'} onChoose={chooseCountry} />
            <HeaderNote analysis={analysis} />
            <ColumnMapping columns={columns} onChange={changeRole} />
            <Placeholders columns={columns} />
          </div>
        ) : busy === 'analysing' && !progress ? (
          <p className="muted">{t('contacts.columns.readingNow')}</p>
        ) : null}
      </Card>
      <WizardFooter
        onCancel={onCancel}
        back={{ label: t('contacts.choose.chooseAnother'), onClick: onBack }}
        next={{
          label: t('contacts.columns.next'),
          onClick: onNext,
          disabled: !analysis || Boolean(analysis.problem) || busy === 'analysing',
        }}
        status={busy === 'analysing' && analysis ? t('contacts.columns.updating') : ''}
      />
    </>
  )
}
