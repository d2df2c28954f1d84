import { useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import type { SavedReport } from '../../../src-shared/domain/custom-reports'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { Field } from '../../ui/field'
import { Modal } from '../../ui/modal'

type DuplicateDialogProps = { report: SavedReport | null; onClose: () => void; onCopied: () => void }

function CopyForm(props: { report: SavedReport; onClose: () => void; onCopied: () => void }): ReactElement {
  const t = useT()
  const [name, setName] = useState(() =>
    t('reports.duplicate.copyName', { name: props.report.name }).slice(0, 100),
  )
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const copy = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault()
    if (name.trim() === '') return setError(t('reports.duplicate.nameMissing'))
    setBusy(true)
    const result = await api.invoke('customReports:duplicate', {
      name: props.report.name,
      newName: name.trim(),
    })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    props.onCopied()
    props.onClose()
  }
  return (
    <Modal
      open
      title={t('reports.duplicate.title', { name: props.report.name })}
      onClose={props.onClose}
      busy={busy}
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose} disabled={busy}>
            {t('reports.export.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void copy()}
            disabled={busy}
          >
            {busy ? t('reports.duplicate.copying') : t('reports.duplicate.confirm')}
          </button>
        </>
      }
    >
      <form onSubmit={(event) => void copy(event)} noValidate>
        <p className="duplicate-dialog__intro">{t('reports.duplicate.intro')}</p>
        <Field label={t('reports.duplicate.name')} error={error}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={100}
              autoFocus
              onChange={(event) => {
                setName(event.target.value)
                setError(null)
              }}
            />
          )}
        </Field>
      </form>
    </Modal>
  )
}

/** Asks the copy's name (the report's own, with "(copy)"), then makes it; a name already taken is said. */
export function DuplicateDialog({ report, onClose, onCopied }: DuplicateDialogProps): ReactElement | null {
  return report ? <CopyForm key={report.name} report={report} onClose={onClose} onCopied={onCopied} /> : null
}
