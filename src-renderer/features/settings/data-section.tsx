import { useState } from 'react'
import type { ReactElement } from 'react'
import { useStore } from '../../state/store'
import { Card } from '../../ui/card'
import { InlineError } from '../../ui/load-states'

const runtimeNames = { electron: 'Desktop app', browser: 'In your web browser', cli: 'Command line' } as const

function CopyPath({ path }: { path: string }): ReactElement {
  const [message, setMessage] = useState('')
  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard')
      await navigator.clipboard.writeText(path)
      setMessage('Copied.')
    } catch {
      setMessage('Could not copy. Select the path and copy it yourself.')
    }
  }
  return (
    <span className="copy-path">
      <button type="button" className="button button--small" onClick={() => void copy()}>
        Copy
      </button>
      <span className="copy-path__message" role="status">
        {message}
      </span>
    </span>
  )
}

function DataDetails(): ReactElement | null {
  const info = useStore((state) => state.appInfo)
  if (!info) return null
  return (
    <dl className="details">
      <dt>Data folder</dt>
      <dd>
        <code className="path">{info.dataDir}</code>
        <CopyPath path={info.dataDir} />
      </dd>
      <dt>Database file</dt>
      <dd>
        <code className="path">{info.databasePath}</code>
      </dd>
      <dt>Log file</dt>
      <dd>
        <code className="path">{info.logFile}</code>
      </dd>
      <dt>Database schema version</dt>
      <dd>{info.schemaVersion}</dd>
      <dt>Herald version</dt>
      <dd>
        {info.version} · {runtimeNames[info.runtime]}
      </dd>
    </dl>
  )
}

export function DataSection(): ReactElement {
  const status = useStore((state) => state.appInfoStatus)
  const error = useStore((state) => state.appInfoError)
  const load = useStore((state) => state.loadAppInfo)
  return (
    <Card title="Data" className="settings-section">
      <p className="card__intro">
        Everything Herald knows lives in this folder on your computer. Include it in your backups.
      </p>
      {status === 'failed' ? (
        <InlineError onRetry={() => void load()}>
          Could not read where Herald keeps its data. {error}
        </InlineError>
      ) : status === 'loaded' ? (
        <DataDetails />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </Card>
  )
}
