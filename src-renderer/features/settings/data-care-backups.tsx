import { useState } from 'react'
import type { ReactElement } from 'react'
import type { SavedFile as SavedFileResult } from '../../../src-shared/domain/reports'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { formatDateTime, formatFileSize } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { SavedFile } from '../../ui/saved-file'
import { InlineError } from '../../ui/load-states'

type Backup = { file: string; bytes: number; modifiedAt: string }
/** A file from the list (with its date, as the question names it), or the app's own file dialog. */
type RestoreChoice = { file: string; date: string } | { file: undefined }

const baseName = (file: string): string =>
  file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)

function BackupNow({ onSaved }: { onSaved: () => void }): ReactElement {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<Extract<SavedFileResult, { status: 'saved' }> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const backUp = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    const result = await api.invoke('db:backup', {})
    setBusy(false)
    if (!result.ok) setError(result.error.message)
    else if (result.value.status === 'saved') {
      setSaved(result.value)
      onSaved()
    }
  }
  return (
    <>
      <div className="data-care__row">
        <p>{t('settings.backups.about')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void backUp()}
          disabled={busy}
        >
          {busy ? t('settings.backups.backingUp') : t('settings.backups.backUp')}
        </button>
      </div>
      {error ? <InlineError>{t('settings.backups.failed', { reason: error })}</InlineError> : null}
      {saved ? (
        <SavedFile
          title={t('settings.backups.done')}
          file={saved.file}
          detail={formatFileSize(saved.bytes)}
        />
      ) : null}
    </>
  )
}

function BackupList(props: {
  backups: Backup[] | null
  onRestore: (choice: RestoreChoice) => void
}): ReactElement {
  const { backups, onRestore } = props
  const t = useT()
  if (backups === null) return <p className="muted">{t('settings.backups.looking')}</p>
  if (backups.length === 0) return <p className="muted">{t('settings.backups.none')}</p>
  return (
    <ul className="data-care__backups" aria-label={t('settings.backups.list')}>
      {backups.map((backup) => (
        <li key={backup.file}>
          <span className="data-care__backup-name">{baseName(backup.file)}</span>
          <span className="muted">
            {t('settings.backups.meta', {
              date: formatDateTime(backup.modifiedAt, { withYear: true }),
              size: formatFileSize(backup.bytes),
            })}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              onRestore({ file: backup.file, date: formatDateTime(backup.modifiedAt, { withYear: true }) })
            }
          >
            {t('settings.backups.restore')}
          </button>
        </li>
      ))}
    </ul>
  )
}

type Restored = { previous: string | null; attachments: number; missingAttachments: number }
type RestoreState = { step: 'idle' } | { step: 'working' } | ({ step: 'restored' } & Restored)

/** What the restore put back, what is still missing, and that the WhatsApp login stays as it was. */
function restoredText(restored: Restored, t: Translate): string {
  // Whole sentences, each one a message of its own, in the order they are read.
  return [
    t('settings.restored.done'),
    restored.attachments > 0 ? t('settings.restored.files', { count: restored.attachments }) : null,
    restored.missingAttachments > 0
      ? t('settings.restored.missing', { count: restored.missingAttachments })
      : null,
    t('settings.restored.login'),
    restored.previous ? t('settings.restored.kept', { file: restored.previous }) : null,
    t('settings.restored.restarting'),
  ]
    .filter((sentence) => sentence !== null)
    .join(' ')
}

/** Back up now, the backups found, and restoring one of them (Herald then starts again on it). */
export function BackupsPanel({ backupsFolder }: { backupsFolder: string | null }): ReactElement {
  const t = useT()
  const runtime = useStore((state) => state.appInfo?.runtime)
  const read = useQuery('db:backups', {})
  // A folder Herald could not look in has, as far as restoring goes, no backups.
  const backups = read.data ?? (read.error ? [] : null)
  const [choice, setChoice] = useState<RestoreChoice | null>(null)
  const [restore, setRestore] = useState<RestoreState>({ step: 'idle' })
  const [error, setError] = useState<string | null>(null)

  const confirm = async (): Promise<void> => {
    if (!choice) return
    setRestore({ step: 'working' })
    setError(null)
    const result = await api.invoke('db:restore', choice.file === undefined ? {} : { file: choice.file })
    setChoice(null)
    if (!result.ok) {
      setRestore({ step: 'idle' })
      setError(result.error.message)
    } else if (result.value.status === 'cancelled') setRestore({ step: 'idle' })
    else {
      const { previous, attachments, missingAttachments } = result.value
      setRestore({ step: 'restored', previous, attachments, missingAttachments })
      // The services behind this page already run on the restored data; the page starts over on it too,
      // after time enough to read about files that are missing.
      window.setTimeout(() => window.location.reload(), missingAttachments > 0 ? 8000 : 1500)
    }
  }

  return (
    <div className="data-care__part" aria-labelledby="data-care-backups">
      <h3 id="data-care-backups" className="field-group__title">
        {t('settings.backups.title')}
      </h3>
      <BackupNow onSaved={read.refetch} />
      <h4 className="data-care__subtitle">
        {backupsFolder
          ? t('settings.backups.foundIn', { folder: backupsFolder })
          : t('settings.backups.found')}
      </h4>
      <BackupList backups={backups} onRestore={setChoice} />
      {runtime === 'electron' ? (
        <button
          type="button"
          className="button button--small data-care__choose"
          onClick={() => setChoice({ file: undefined })}
        >
          {t('settings.backups.chooseFile')}
        </button>
      ) : null}
      {error ? <InlineError>{t('settings.backups.notRestored', { reason: error })}</InlineError> : null}
      {restore.step === 'restored' ? (
        <p className="data-care__verdict data-care__verdict--ok" role="status">
          {restoredText(restore, t)}
        </p>
      ) : null}
      <ConfirmDialog
        open={choice !== null}
        title={t('settings.restoreBackup.title')}
        confirmLabel={t('settings.restoreBackup.confirm')}
        busy={restore.step === 'working'}
        onConfirm={() => void confirm()}
        onCancel={() => setChoice(null)}
      >
        <p>
          {choice?.file === undefined
            ? t('settings.restoreBackup.chosen')
            : t('settings.restoreBackup.ofDate', { date: choice.date })}
        </p>
        <p className="data-care__confirm-note">{t('settings.restoreBackup.note')}</p>
      </ConfirmDialog>
    </div>
  )
}
