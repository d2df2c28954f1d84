import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { VerdictCounts } from '../../../src-shared/domain/contacts'
import { plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { ImportProgressBar } from './import-progress'
import { ContactsField } from './contacts-field'
import { WizardFooter } from './wizard-footer'

/** "Customers 2024.xlsx" → "Customers 2024", the list name the user most likely wants. */
function fileStem(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '').trim()
  return stem || fileName
}

/** "123 valid contacts will be saved; 4 invalid, 2 duplicates and 1 opted out are kept for reference…" */
export function saveSummary(counts: VerdictCounts): string {
  const saved = `${plural(counts.valid, 'valid contact', 'valid contacts')} will be saved`
  const kept = [
    counts.invalid ? `${counts.invalid} invalid` : '',
    counts.duplicate ? plural(counts.duplicate, 'duplicate', 'duplicates') : '',
    counts.opted_out ? `${counts.opted_out} opted out` : '',
  ].filter(Boolean)
  if (kept.length === 0) return `${saved}.`
  const joined = kept.length === 1 ? kept[0] : `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`
  const verb = kept.length === 1 && counts.invalid + counts.duplicate + counts.opted_out === 1 ? 'is' : 'are'
  return `${saved}; ${joined} ${verb} kept for reference but never messaged.`
}

function useSave(): { busy: boolean; error: string | null; save: (name: string) => Promise<void> } {
  const saveImport = useStore((state) => state.saveImport)
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const save = async (name: string): Promise<void> => {
    setBusy(true)
    setError(null)
    const result = await saveImport(name.trim())
    setBusy(false)
    if (result.ok) void navigate(`/contacts/lists/${result.value.id}`)
    else setError(result.error.message)
  }
  return { busy, error, save }
}

type SaveStepProps = { onBack: () => void; onCancel: () => void }

export function SaveStep({ onBack, onCancel }: SaveStepProps): ReactElement | null {
  const opened = useStore((state) => state.importOpened)
  const analysis = useStore((state) => state.importAnalysis)
  const progress = useStore((state) => state.importProgress)
  const [name, setName] = useState(() => (opened ? fileStem(opened.fileName) : ''))
  const { busy, error, save } = useSave()
  const errorId = useId()
  if (!opened || !analysis) return null

  const blank = name.trim() === ''
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!blank && !busy) void save(name)
  }
  return (
    <form className="save-form" onSubmit={submit} noValidate aria-label="Save the list">
      <section className="card import-card">
        <h2 className="card__title">Name the list and save it</h2>
        <p className="card__intro">You will pick this list by its name when you start a campaign.</p>
        <ContactsField label="List name" size="wide">
          {(id) => (
            <>
              <input
                id={id}
                className="input"
                value={name}
                maxLength={120}
                aria-invalid={blank}
                aria-describedby={blank ? errorId : undefined}
                onChange={(event) => setName(event.target.value)}
              />
              {blank ? (
                <p id={errorId} className="contacts-field__error">
                  Give the list a name.
                </p>
              ) : null}
            </>
          )}
        </ContactsField>
        <p className="save-summary">{saveSummary(analysis.counts)}</p>
        {busy && progress ? <ImportProgressBar progress={progress} title="Saving the list" /> : null}
        {error ? (
          <p className="inline-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="card__actions">
          <button type="submit" className="button button--primary" disabled={blank || busy}>
            {busy ? 'Saving…' : 'Save list'}
          </button>
        </div>
      </section>
      <WizardFooter
        onCancel={onCancel}
        busy={busy}
        back={{ label: 'Back to check', onClick: onBack, disabled: busy }}
      />
    </form>
  )
}
