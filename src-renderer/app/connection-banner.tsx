import type { ReactElement } from 'react'
import { useT } from '../i18n/use-t'
import { useStore } from '../state/store'
import { AlertIcon } from '../ui/icons'

/** In the browser run, says so plainly when the Herald process behind the page is gone. */
export function ConnectionBanner(): ReactElement | null {
  const t = useT()
  const connection = useStore((state) => state.connection)
  if (connection !== 'lost') return null
  return (
    <div className="connection-banner" role="alert">
      <AlertIcon className="icon" />
      <p>
        <strong>{t('app.connectionLost.title')}</strong> {t('app.connectionLost.text')}
      </p>
      <button type="button" className="button button--small" onClick={() => window.location.reload()}>
        {t('app.connectionLost.reload')}
      </button>
    </div>
  )
}
