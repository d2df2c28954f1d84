import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { useLocale } from '../../i18n/i18n-provider'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { ImportProgressBar } from './import-progress'
import { ContactsField } from './contacts-field'
import { saveSummary } from './save-summary'
import { WizardFooter } from './wizard-footer'

/** "Customers 2024.xlsx" → "Customers 2024", the list name the user most likely wants. */
function fileStem(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '').trim()
  return stem || fileName
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
  const t = useT()
  const locale = useLocale()
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
    <form className="save-form" onSubmit={submit} noValidate aria-label={t('contacts.save.label')}>
      <section className="card import-card">
        <h2 className="card__title">{t('contacts.save.title')}</h2>
        <p className="card__intro">{t('contacts.save.intro')}</p>
        <ContactsField label={t('contacts.save.name')} size="wide">
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
                  {t('contacts.save.nameMissing')}
                </p>
              ) : null}
            </>
          )}
        </ContactsField>
        <p className="save-summary">{saveSummary(analysis.counts, t, locale)}</p>
        {busy && progress ? (
          <ImportProgressBar progress={progress} title={t('contacts.save.progress')} />
        ) : null}
        {error ? (
          <p className="inline-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="card__actions">
          <button type="submit" className="button button--primary" disabled={blank || busy}>
            {busy ? t('contacts.save.saving') : t('contacts.save.save')}
          </button>
        </div>
      </section>
      <WizardFooter
        onCancel={onCancel}
        busy={busy}
        back={{ label: t('contacts.save.back'), onClick: onBack, disabled: busy }}
      />
    </form>
  )
}
