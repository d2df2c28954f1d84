import { useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { api } from '../lib/api'
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

/** Where a file went, and a button to open its folder. */
export function SavedFile({ title, file, detail }: SavedFileProps): ReactElement {
  const runtime = useStore((state) => state.appInfo?.runtime)
  const [note, setNote] = useState('')
  const show = async (): Promise<void> => {
    setNote('')
    const result = await api.invoke('reports:show-in-folder', { file })
    if (!result.ok) setNote(result.error.message)
    else if (!result.value.shown)
      setNote('Herald could not open a file manager on this computer. The file is in the folder shown above.')
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
          Your web browser cannot ask where to save, so Herald keeps it in{' '}
          <code className="path">{folderOf(file)}</code>.
        </p>
      ) : null}
      <div className="saved-file__actions">
        <button type="button" className="button button--small" onClick={() => void show()}>
          Show in folder
        </button>
        {note ? <span className="saved-file__note">{note}</span> : null}
      </div>
    </div>
  )
}
