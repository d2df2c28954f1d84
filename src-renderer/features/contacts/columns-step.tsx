import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import type { Column, ColumnRole, ImportAnalysis, ImportOpened } from '../../../src-shared/domain/contacts'
import { plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { AlertIcon } from '../../ui/icons'
import { Card } from '../../ui/card'
import { countryChoices, Select } from '../../ui/select'
import { InlineError } from '../../ui/load-states'
import type { AnalyzeOptions } from './slice'
import { ColumnMapping, placeholderOf } from './column-mapping'
import { ContactsField } from './contacts-field'
import { lastImportCountry, rememberImportCountry } from './country-hint'
import { CountryHintNote } from './country-hint-note'
import { ImportProgressBar } from './import-progress'
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
function sheetLabel(info: ImportOpened['sheets'][number], analysed: ImportAnalysis | null): string {
  if (analysed?.sheet !== info.name) return `${info.name} — ${plural(info.rows, 'row', 'rows')}`
  const rows = plural(analysed.counts.total, 'row', 'rows')
  return `${info.name} — ${analysed.headerRow > 0 ? `${rows} under the header` : rows}`
}

function SheetAndCountry(props: SheetAndCountryProps): ReactElement {
  const { opened, sheet, analysed, country, onSheet, onCountry } = props
  const sheets = opened.sheets.map((info) => ({ value: info.name, label: sheetLabel(info, analysed) }))
  return (
    <div className="import-options">
      <ContactsField label="Sheet">
        {(id) => (
          <Select id={id} className="input form-select" value={sheet} options={sheets} onChange={onSheet} />
        )}
      </ContactsField>
      <ContactsField label="Country for numbers without +">
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
  const keys = columns.map(placeholderOf).filter((key): key is string => key !== null)
  return (
    <p className="placeholders">
      <span className="placeholders__label">Your messages can use</span>
      {keys.length === 0 ? (
        <span className="muted">no placeholders yet: choose a Name or Extra field column</span>
      ) : (
        keys.map((key) => <code key={key} className="placeholder">{`{{${key}}}`}</code>)
      )}
    </p>
  )
}

function HeaderNote({ analysis }: { analysis: ImportAnalysis }): ReactElement {
  return (
    <p className="header-note">
      {analysis.headerRow > 0
        ? `Headers found on row ${analysis.headerRow}. The rows below it are your contacts.`
        : 'No header row found, so the columns are named by their letter. Every row is a contact.'}
    </p>
  )
}

function Problem({ problem }: { problem: string }): ReactElement {
  return (
    <div className="import-problem" role="alert">
      <AlertIcon className="import-problem__icon" />
      <div>
        <p className="import-problem__title">Herald cannot use this sheet yet</p>
        <p>{problem}</p>
      </div>
    </div>
  )
}

type ColumnsStepProps = { onBack: () => void; onNext: () => void; onCancel: () => void }

export function ColumnsStep({ onBack, onNext, onCancel }: ColumnsStepProps): ReactElement | null {
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
      <Card title="Which sheet, and what is in each column?" className="import-card">
        <p className="card__intro">
          Herald guessed from {opened.fileName}. Check the guesses and change any that are wrong.
        </p>
        <SheetAndCountry
          opened={opened}
          sheet={sheet}
          country={country}
          onSheet={(next) => run({ sheet: next, country })}
          analysed={analysis?.sheet === sheet ? analysis : null}
          onCountry={chooseCountry}
        />
        {busy === 'analysing' && progress && !analysis ? (
          <ImportProgressBar progress={progress} title="Reading the columns" />
        ) : null}
        {error ? <InlineError onRetry={() => run({ sheet, country })}>{error}</InlineError> : null}
        {analysis ? (
          <div className="mapping-area" aria-busy={busy === 'analysing'}>
            {analysis.problem ? <Problem problem={analysis.problem} /> : null}
            <CountryHintNote analysis={analysis} busy={busy === 'analysing'} onChoose={chooseCountry} />
            <HeaderNote analysis={analysis} />
            <ColumnMapping columns={columns} onChange={changeRole} />
            <Placeholders columns={columns} />
          </div>
        ) : busy === 'analysing' && !progress ? (
          <p className="muted">Reading the columns…</p>
        ) : null}
      </Card>
      <WizardFooter
        onCancel={onCancel}
        back={{ label: 'Choose another file', onClick: onBack }}
        next={{
          label: 'Next: check the numbers',
          onClick: onNext,
          disabled: !analysis || Boolean(analysis.problem) || busy === 'analysing',
        }}
        status={busy === 'analysing' && analysis ? 'Updating…' : ''}
      />
    </>
  )
}
