import { useState } from 'react'
import type { ReactElement } from 'react'
import type { SavedFile as SavedFileResult } from '../../../src-shared/domain/reports'
import { api } from '../../lib/api'
import { formatDateTime, formatFileSize } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { SavedFile } from '../../ui/saved-file'
import { InlineError } from '../../ui/load-states'

type Backup = { file: string; bytes: number; modifiedAt: string }
/** A file from the list, or the app's own file dialog. */
type RestoreChoice = { file: string; label: string } | { file: undefined; label: string }

const baseName = (file: string): string =>
  file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)

function BackupNow({ onSaved }: { onSaved: () => void }): ReactElement {
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
        <p>
          One file with all your lists, messages and campaigns, and the pictures and PDFs they attach. The
          WhatsApp login is never in it. Safe to make while a campaign is sending.
        </p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void backUp()}
          disabled={busy}
        >
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      {error ? <InlineError>The backup was not made: {error}</InlineError> : null}
      {saved ? <SavedFile title="Backed up." file={saved.file} detail={formatFileSize(saved.bytes)} /> : null}
    </>
  )
}

function BackupList(props: {
  backups: Backup[] | null
  onRestore: (choice: RestoreChoice) => void
}): ReactElement {
  const { backups, onRestore } = props
  if (backups === null) return <p className="muted">Looking for backups…</p>
  if (backups.length === 0)
    return <p className="muted">No backups yet. Press “Back up now” to make the first one.</p>
  return (
    <ul className="data-care__backups" aria-label="Backups">
      {backups.map((backup) => (
        <li key={backup.file}>
          <span className="data-care__backup-name">{baseName(backup.file)}</span>
          <span className="muted">
            {formatDateTime(backup.modifiedAt, { withYear: true })} · {formatFileSize(backup.bytes)}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              onRestore({
                file: backup.file,
                label: `the backup of ${formatDateTime(backup.modifiedAt, { withYear: true })}`,
              })
            }
          >
            Restore…
          </button>
        </li>
      ))}
    </ul>
  )
}

type Restored = { previous: string | null; attachments: number; missingAttachments: number }
type RestoreState = { step: 'idle' } | { step: 'working' } | ({ step: 'restored' } & Restored)

/** What the restore put back, what is still missing, and that the WhatsApp login stays as it was. */
function restoredText(restored: Restored): string {
  const files = restored.attachments > 0 ? ` ${restored.attachments} attached file(s) put back.` : ''
  const missing =
    restored.missingAttachments > 0
      ? ` ${restored.missingAttachments} attached file(s) the backup's campaigns use are missing: attach them again in Compose.`
      : ''
  const kept = restored.previous ? ` Your previous data is kept as ${restored.previous}.` : ''
  return `Restored.${files}${missing} The WhatsApp login is never in a backup: this computer keeps its own.${kept} Herald is starting again on the backup…`
}

/** Back up now, the backups found, and restoring one of them (Herald then starts again on it). */
export function BackupsPanel({ backupsFolder }: { backupsFolder: string | null }): ReactElement {
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
        Backup and restore
      </h3>
      <BackupNow onSaved={read.refetch} />
      <h4 className="data-care__subtitle">Backups found{backupsFolder ? ` in ${backupsFolder}` : ''}</h4>
      <BackupList backups={backups} onRestore={setChoice} />
      {runtime === 'electron' ? (
        <button
          type="button"
          className="button button--small data-care__choose"
          onClick={() => setChoice({ file: undefined, label: 'a backup file you choose' })}
        >
          Choose a file…
        </button>
      ) : null}
      {error ? <InlineError>Nothing was restored. {error}</InlineError> : null}
      {restore.step === 'restored' ? (
        <p className="data-care__verdict data-care__verdict--ok" role="status">
          {restoredText(restore)}
        </p>
      ) : null}
      <ConfirmDialog
        open={choice !== null}
        title="Restore this backup?"
        confirmLabel="Restore and restart"
        busy={restore.step === 'working'}
        onConfirm={() => void confirm()}
        onCancel={() => setChoice(null)}
      >
        <p>
          Herald will replace its data with {choice?.label}. Campaigns that are sending now are paused first.
        </p>
        <p className="data-care__confirm-note">
          Your current data is not deleted: it is kept as a copy next to the database, so nothing is lost.
          Herald then restarts on the backup.
        </p>
      </ConfirmDialog>
    </div>
  )
}
