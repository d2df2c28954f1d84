import { useState } from 'react'
import type { ReactElement } from 'react'
import type { PrunePreview } from '../../../src-shared/domain/reports'
import { api } from '../../lib/api'
import { formatCount, formatDate, formatFileSize } from '../../lib/format'
import { ConfirmDialog } from '../../ui/confirm-dialog'

type Message = { error: boolean; text: string }

/** How the last action went: done, in green, or why not. */
function Outcome({ message }: { message: Message | null }): ReactElement | null {
  if (!message) return null
  return (
    <p className={message.error ? 'inline-error' : 'data-care__verdict data-care__verdict--ok'} role="status">
      {message.text}
    </p>
  )
}

function Preview({ preview, onDelete }: { preview: PrunePreview; onDelete: () => void }): ReactElement {
  if (preview.campaigns.length === 0) {
    return (
      <p className="muted">
        No campaign was created before {formatDate(preview.cutoff)}. Nothing would be deleted.
      </p>
    )
  }
  return (
    <div className="data-care__preview">
      <p>
        {formatCount(preview.campaigns.length)} campaign(s) created before {formatDate(preview.cutoff)}, with{' '}
        {formatCount(preview.messages)} message(s), would be deleted. Campaigns that are sending, paused or
        scheduled are always kept. Attached pictures and PDFs that no template or campaign uses any more go
        with them.
      </p>
      <table className="data-care__table">
        <thead>
          <tr>
            <th scope="col">Campaign</th>
            <th scope="col">Created</th>
            <th scope="col">Messages</th>
          </tr>
        </thead>
        <tbody>
          {preview.campaigns.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>{formatDate(c.createdAt)}</td>
              <td>{formatCount(c.messages)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button data-care__danger" onClick={onDelete}>
        Delete {formatCount(preview.campaigns.length)} campaign(s)
      </button>
    </div>
  )
}

/** "Delete campaigns older than N days": a preview of exactly what goes, then a confirmation. */
export function RetentionPanel({ onChanged }: { onChanged: () => void }): ReactElement {
  const [days, setDays] = useState('365')
  const [preview, setPreview] = useState<PrunePreview | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const olderThanDays = Number(days)
  const valid = Number.isInteger(olderThanDays) && olderThanDays >= 1 && olderThanDays <= 36_500

  const load = async (): Promise<void> => {
    setMessage(null)
    const result = await api.invoke('db:prune-preview', { olderThanDays })
    if (result.ok) setPreview(result.value)
    else setMessage({ error: true, text: result.error.message })
  }
  const remove = async (): Promise<void> => {
    setBusy(true)
    const result = await api.invoke('db:prune', { olderThanDays })
    setBusy(false)
    setConfirming(false)
    setPreview(null)
    if (!result.ok) setMessage({ error: true, text: `Nothing was deleted: ${result.error.message}` })
    else {
      const { deleted, removedAttachments: files } = result.value
      const unused =
        files.files > 0
          ? ` Removed ${formatCount(files.files)} attached file(s) nothing uses any more (${formatFileSize(files.bytes)}).`
          : ''
      setMessage({ error: false, text: `Deleted ${formatCount(deleted.length)} campaign(s).${unused}` })
      onChanged()
    }
  }

  return (
    <div className="data-care__part" aria-labelledby="data-care-retention">
      <h3 id="data-care-retention" className="field-group__title">
        Old campaigns
      </h3>
      <form
        className="data-care__row data-care__retention"
        onSubmit={(event) => {
          event.preventDefault()
          if (valid) void load()
        }}
      >
        <label className="field__label" htmlFor="data-care-days">
          Delete campaigns older than
        </label>
        <input
          id="data-care-days"
          className="input input--number"
          type="number"
          min={1}
          max={36500}
          value={days}
          aria-invalid={!valid}
          onChange={(event) => {
            setDays(event.target.value)
            setPreview(null)
          }}
        />
        <span>days</span>
        <button type="submit" className="button button--small" disabled={!valid}>
          Show what would go
        </button>
      </form>
      {!valid ? <p className="field__error">Write a whole number of days, from 1 to 36500.</p> : null}
      {preview ? <Preview preview={preview} onDelete={() => setConfirming(true)} /> : null}
      <Outcome message={message} />
      <ConfirmDialog
        open={confirming}
        title="Delete these campaigns?"
        confirmLabel="Delete for good"
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {formatCount(preview?.campaigns.length ?? 0)} campaign(s) and their{' '}
          {formatCount(preview?.messages ?? 0)} message(s) will be deleted. This cannot be undone; back up
          first if you may need them.
        </p>
      </ConfirmDialog>
    </div>
  )
}

/** Refreshes SQLite's statistics and gives free space back to the disk. */
export function OptimizePanel({ onChanged }: { onChanged: () => void }): ReactElement {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const optimize = async (): Promise<void> => {
    setBusy(true)
    setMessage(null)
    const result = await api.invoke('db:optimize', { vacuum: true })
    setBusy(false)
    if (!result.ok) setMessage({ error: true, text: result.error.message })
    else {
      const { bytesBefore, bytesAfter } = result.value
      const freed = Math.max(0, bytesBefore - bytesAfter)
      setMessage({
        error: false,
        text:
          freed > 0
            ? `Done. Freed ${formatFileSize(freed)} (${formatFileSize(bytesBefore)} → ${formatFileSize(bytesAfter)}).`
            : `Done. The database was already compact (${formatFileSize(bytesAfter)}).`,
      })
      onChanged()
    }
  }
  return (
    <div className="data-care__part" aria-labelledby="data-care-optimize">
      <h3 id="data-care-optimize" className="field-group__title">
        Optimize
      </h3>
      <div className="data-care__row">
        <p>Tidies the database and gives space freed by deleted campaigns back to the disk.</p>
        <button type="button" className="button" onClick={() => void optimize()} disabled={busy}>
          {busy ? 'Optimizing…' : 'Optimize'}
        </button>
      </div>
      <Outcome message={message} />
    </div>
  )
}
