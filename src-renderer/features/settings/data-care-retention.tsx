import { useState } from 'react'
import type { ReactElement } from 'react'
import type { PrunePreview } from '../../../src-shared/domain/reports'
import { useT } from '../../i18n/use-t'
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
  const t = useT()
  const date = formatDate(preview.cutoff)
  if (preview.campaigns.length === 0) {
    return <p className="muted">{t('settings.retention.nothing', { date })}</p>
  }
  return (
    <div className="data-care__preview">
      <p>
        {t('settings.retention.preview', {
          campaigns: preview.campaigns.length,
          messages: preview.messages,
          date,
        })}
      </p>
      <table className="data-care__table">
        <thead>
          <tr>
            <th scope="col">{t('settings.retention.campaign')}</th>
            <th scope="col">{t('settings.retention.created')}</th>
            <th scope="col">{t('settings.retention.messages')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.campaigns.map((c) => (
            <tr key={c.id}>
              <td>
                <bdi>{c.name}</bdi>
              </td>
              <td>{formatDate(c.createdAt)}</td>
              <td>{formatCount(c.messages)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button data-care__danger" onClick={onDelete}>
        {t('settings.retention.delete', { count: preview.campaigns.length })}
      </button>
    </div>
  )
}

/** "Delete campaigns older than N days": a preview of exactly what goes, then a confirmation. */
export function RetentionPanel({ onChanged }: { onChanged: () => void }): ReactElement {
  const t = useT()
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
    if (!result.ok)
      setMessage({ error: true, text: t('settings.retention.notDeleted', { reason: result.error.message }) })
    else {
      const { deleted, removedAttachments: files } = result.value
      const text =
        files.files > 0
          ? t('settings.retention.deletedFiles', {
              count: deleted.length,
              files: files.files,
              size: formatFileSize(files.bytes),
            })
          : t('settings.retention.deleted', { count: deleted.length })
      setMessage({ error: false, text })
      onChanged()
    }
  }

  return (
    <div className="data-care__part" aria-labelledby="data-care-retention">
      <h3 id="data-care-retention" className="field-group__title">
        {t('settings.retention.title')}
      </h3>
      <form
        className="data-care__row data-care__retention"
        onSubmit={(event) => {
          event.preventDefault()
          if (valid) void load()
        }}
      >
        <label className="field__label" htmlFor="data-care-days">
          {t('settings.retention.olderThan')}
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
        <span>{t('settings.retention.days')}</span>
        <button type="submit" className="button button--small" disabled={!valid}>
          {t('settings.retention.show')}
        </button>
      </form>
      {!valid ? <p className="field__error">{t('settings.retention.invalid')}</p> : null}
      {preview ? <Preview preview={preview} onDelete={() => setConfirming(true)} /> : null}
      <Outcome message={message} />
      <ConfirmDialog
        open={confirming}
        title={t('settings.retention.confirmTitle')}
        confirmLabel={t('settings.retention.confirm')}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {t('settings.retention.confirmBody', {
            campaigns: preview?.campaigns.length ?? 0,
            messages: preview?.messages ?? 0,
          })}
        </p>
      </ConfirmDialog>
    </div>
  )
}

/** Refreshes SQLite's statistics and gives free space back to the disk. */
export function OptimizePanel({ onChanged }: { onChanged: () => void }): ReactElement {
  const t = useT()
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
            ? t('settings.optimize.freed', {
                freed: formatFileSize(freed),
                before: formatFileSize(bytesBefore),
                after: formatFileSize(bytesAfter),
              })
            : t('settings.optimize.compact', { size: formatFileSize(bytesAfter) }),
      })
      onChanged()
    }
  }
  return (
    <div className="data-care__part" aria-labelledby="data-care-optimize">
      <h3 id="data-care-optimize" className="field-group__title">
        {t('settings.optimize.title')}
      </h3>
      <div className="data-care__row">
        <p>{t('settings.optimize.about')}</p>
        <button type="button" className="button" onClick={() => void optimize()} disabled={busy}>
          {busy ? t('settings.optimize.working') : t('settings.optimize.button')}
        </button>
      </div>
      <Outcome message={message} />
    </div>
  )
}
