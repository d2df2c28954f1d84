import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { AlertIcon } from '../../ui/icons'
import { DataCareSection } from './data-care-section'
import { DataSection } from './data-section'
import { SettingsForm } from './settings-form'
import '../../ui/forms.css'
import './settings.css'

function LoadFailed({ message, onRetry }: { message: string | null; onRetry: () => void }): ReactElement {
  return (
    <section className="card load-failed" role="alert" aria-labelledby="settings-load-failed">
      <AlertIcon className="load-failed__icon" />
      <div>
        <h2 id="settings-load-failed" className="card__title">
          Could not load your settings
        </h2>
        <p>{message ?? 'Herald did not answer.'}</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Retry
        </button>
      </div>
    </section>
  )
}

export function SettingsScreen(): ReactElement {
  const settings = useStore((state) => state.settings)
  const status = useStore((state) => state.settingsStatus)
  const error = useStore((state) => state.settingsError)
  const load = useStore((state) => state.loadSettings)

  useEffect(() => {
    void load()
  }, [load])

  return (
    <Screen title="Settings" intro="How Herald reads phone numbers and how fast it sends.">
      {settings ? (
        <SettingsForm saved={settings} />
      ) : status === 'failed' ? (
        <LoadFailed message={error} onRetry={() => void load()} />
      ) : (
        <section className="card" aria-busy="true">
          <p className="muted">Loading your settings…</p>
        </section>
      )}
      <DataSection />
      <DataCareSection />
    </Screen>
  )
}
