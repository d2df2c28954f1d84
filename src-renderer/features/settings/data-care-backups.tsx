import { useCallback, useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import type { SavedFile as SavedFileResult } from '../../../src-shared/domain/reports'
import { api } from '../../lib/api'
import { formatDateTime, formatFileSize } from '../../lib/format'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { SavedFile } from '../../ui/saved-file'

type Backup = { file: string; bytes: number; modifiedAt: string }
/** A file from the list, or the app's own file dialog. */
type RestoreChoice = { file: string; label: string } | { file: undefined; label: string }

const baseName = (file: string): string =>
  file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)

function useBackups(): { backups: Backup[] | null; reload: () => Promise<void> } {
  const [backups, setBackups] = useState<Backup[] | null>(null)
  const reload = useCallback(async (): Promise<void> => {
    const result = await api.invoke('db:backups', {})
    setBackups(result.ok ? result.value : [])
  }, [])
  useEffect(() => {
    let live = true
    void api.invoke('db:backups', {}).then((result) => {
      if (live) setBackups(result.ok ? result.value : [])
    })
    return () => {
      live = false
    }
  }, [])
  return { backups, reload }
}

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
        <p>A copy of all your lists, messages and campaigns. Safe to make while a campaign is sending.</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void backUp()}
          disabled={busy}
        >
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      {error ? (
        <div className="inline-error" role="alert">
          <p>The backup was not made: {error}</p>
        </div>
      ) : null}
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

type RestoreState = { step: 'idle' } | { step: 'working' } | { step: 'restored'; previous: string | null }

/** Back up now, the backups found, and restoring one of them (Herald then starts again on it). */
export function BackupsPanel({ backupsFolder }: { backupsFolder: string | null }): ReactElement {
  const runtime = useStore((state) => state.appInfo?.runtime)
  const { backups, reload } = useBackups()
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
      setRestore({ step: 'restored', previous: result.value.previous })
      // The services behind this page already run on the restored data; the page starts over on it too.
      window.setTimeout(() => window.location.reload(), 1500)
    }
  }

  return (
    <div className="data-care__part" aria-labelledby="data-care-backups">
      <h3 id="data-care-backups" className="field-group__title">
        Backup and restore
      </h3>
      <BackupNow onSaved={() => void reload()} />
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
      {error ? (
        <div className="inline-error" role="alert">
          <p>Nothing was restored. {error}</p>
        </div>
      ) : null}
      {restore.step === 'restored' ? (
        <p className="data-care__verdict data-care__verdict--ok" role="status">
          Restored. Herald is starting again on the backup…
          {restore.previous ? ` Your previous data is kept as ${restore.previous}.` : ''}
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
