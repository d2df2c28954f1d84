import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { useLoadOnOpen } from '../../state/use-loaded'
import { LoadState } from '../../ui/load-states'
import { DataCareSection } from './data-care-section'
import { DataSection } from './data-section'
import { SettingsForm } from './settings-form'
import '../../ui/forms.css'
import './settings.css'
import { useT } from '../../i18n/use-t'

export function SettingsScreen(): ReactElement {
  const t = useT()
  const settings = useStore((state) => state.settings)
  const status = useStore((state) => state.settingsStatus)
  const error = useStore((state) => state.settingsError)
  const load = useStore((state) => state.loadSettings)
  useLoadOnOpen('loadSettings')

  return (
    <Screen title={t('screens.settings.title')} intro={t('screens.settings.intro')}>
      <LoadState
        data={settings}
        error={status === 'failed' ? { message: error } : null}
        refetch={() => void load()}
        loading={t('settings.loading')}
        failed={t('settings.loadFailed')}
      >
        {(saved) => <SettingsForm saved={saved} />}
      </LoadState>
      <DataSection />
      <DataCareSection />
    </Screen>
  )
}
