import { useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { FormattedMessage } from 'react-intl'
import { useT } from '../i18n/use-t'
import { api } from '../lib/api'
import { canDownload, downloadSavedFile } from '../lib/download'
import { useStore } from '../state/store'
import { CheckIcon } from './icons'
import './saved-file.css'

type SavedFileProps = {
  title: string
  file: string
  /** Rows and size, in words. */
  detail: ReactNode
}

/** The folder part of a path, whichever separator the computer uses. */
function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'))
  return cut > 0 ? file.slice(0, cut) : file
}

/** Where a file went, a button to open its folder and, in the browser run, one to download it. */
export function SavedFile({ title, file, detail }: SavedFileProps): ReactElement {
  const t = useT()
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [note, setNote] = useState('')
  const [downloading, setDownloading] = useState(false)
  const browser = runtime === 'browser' && canDownload
  const show = async (): Promise<void> => {
    setNote('')
    const result = await api.invoke('reports:show-in-folder', { file })
    if (!result.ok) setNote(result.error.message)
    else if (!result.value.shown)
      setNote(browser ? t('ui.savedFile.noFileManagerDownload') : t('ui.savedFile.noFileManager'))
  }
  const download = async (): Promise<void> => {
    setNote('')
    setDownloading(true)
    try {
      await downloadSavedFile(file)
    } catch (error) {
      setNote(error instanceof Error ? error.message : String(error))
    } finally {
      setDownloading(false)
    }
  }
  return (
    <div className="saved-file" role="status">
      <p className="saved-file__title">
        <CheckIcon className="saved-file__icon" />
        {title}
      </p>
      <code className="path saved-file__path">{file}</code>
      <p className="saved-file__detail">{detail}</p>
      {runtime === 'browser' ? (
        <p className="saved-file__detail">
          <FormattedMessage
            id="ui.savedFile.browserNote"
            values={{
              folder: <code className="path">{folderOf(file)}</code>,
              strong: (chunks) => <strong>{chunks}</strong>,
            }}
          />
        </p>
      ) : null}
      <div className="saved-file__actions">
        {browser ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void download()}
            disabled={downloading}
          >
            {downloading ? t('ui.savedFile.downloading') : t('ui.savedFile.download')}
          </button>
        ) : null}
        <button type="button" className="button button--small" onClick={() => void show()}>
          {t('ui.savedFile.showInFolder')}
        </button>
        {note ? <span className="saved-file__note">{note}</span> : null}
      </div>
    </div>
  )
}
