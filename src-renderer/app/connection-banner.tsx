import type { ReactElement } from 'react'
import { useStore } from '../state/store'
import { AlertIcon } from '../ui/icons'

/** In the browser run, says so plainly when the Herald process behind the page is gone. */
export function ConnectionBanner(): ReactElement | null {
  const connection = useStore((state) => state.connection)
  if (connection !== 'lost') return null
  return (
    <div className="connection-banner" role="alert">
      <AlertIcon className="icon" />
      <p>
        <strong>Herald is not answering.</strong> Check that the window where Herald runs is still open. This
        page keeps trying to reconnect.
      </p>
      <button type="button" className="button button--small" onClick={() => window.location.reload()}>
        Reload page
      </button>
    </div>
  )
}
