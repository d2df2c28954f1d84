import { useState } from 'react'
import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { Card } from '../../ui/card'
import { InlineError } from '../../ui/load-states'

function CopyPath({ path }: { path: string }): ReactElement {
  const t = useT()
  const [message, setMessage] = useState('')
  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard')
      await navigator.clipboard.writeText(path)
      setMessage(t('settings.data.copied'))
    } catch {
      setMessage(t('settings.data.copyFailed'))
    }
  }
  return (
    <span className="copy-path">
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {t('settings.data.copy')}
      </button>
      <span className="copy-path__message" role="status">
        {message}
      </span>
    </span>
  )
}

function DataDetails(): ReactElement | null {
  const t = useT()
  const info = useStore((state) => state.appInfo)
  if (!info) return null
  return (
    <dl className="details">
      <dt>{t('settings.data.folder')}</dt>
      <dd>
        <code className="path">{info.dataDir}</code>
        <CopyPath path={info.dataDir} />
      </dd>
      <dt>{t('settings.data.database')}</dt>
      <dd>
        <code className="path">{info.databasePath}</code>
      </dd>
      <dt>{t('settings.data.log')}</dt>
      <dd>
        <code className="path">{info.logFile}</code>
      </dd>
      <dt>{t('settings.data.schema')}</dt>
      <dd>{info.schemaVersion}</dd>
      <dt>{t('settings.data.version')}</dt>
      <dd>{t('settings.data.versionLine', { version: info.version, runtime: info.runtime })}</dd>
    </dl>
  )
}

export function DataSection(): ReactElement {
  const t = useT()
  const status = useStore((state) => state.appInfoStatus)
  const error = useStore((state) => state.appInfoError)
  const load = useStore((state) => state.loadAppInfo)
  return (
    <Card title={t('settings.data.title')} className="settings-section">
      <p className="card__intro">{t('settings.data.intro')}</p>
      {status === 'failed' ? (
        <InlineError onRetry={() => void load()}>
          {t('settings.data.loadFailed', { reason: error ?? '' })}
        </InlineError>
      ) : status === 'loaded' ? (
        <DataDetails />
      ) : (
        <p className="muted">{t('settings.data.loading')}</p>
      )}
    </Card>
  )
}
