import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { useLoaded, useLoadOnOpen } from '../../state/use-loaded'
import { LoadState } from '../../ui/load-states'
import { CampaignsTable } from './campaigns-table'
import { NewCampaignButton, Prerequisites } from './prerequisites'
import './campaigns.css'
import { useT } from '../../i18n/use-t'

export function CampaignsScreen(): ReactElement {
  const t = useT()
  const campaigns = useLoaded('campaigns')
  // Lists and messages too: a first campaign needs both, and the screen says which is missing.
  useLoadOnOpen('loadLists', 'loadTemplates')
  return (
    <Screen title={t('screens.campaigns.title')} intro={t('screens.campaigns.intro')}>
      {campaigns.data?.length ? (
        <div className="campaigns-toolbar">
          <NewCampaignButton />
        </div>
      ) : null}
      <LoadState {...campaigns} loading={t('campaigns.list.loading')} failed={t('campaigns.list.loadFailed')}>
        {(loaded) => (loaded.length === 0 ? <Prerequisites /> : <CampaignsTable campaigns={loaded} />)}
      </LoadState>
    </Screen>
  )
}
