import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { useLoaded } from '../../state/use-loaded'
import { LoadState } from '../../ui/load-states'
import { CampaignsTable } from './campaigns-table'
import { NewCampaignButton, Prerequisites } from './prerequisites'
import './campaigns.css'

function CampaignsContent(): ReactElement {
  return (
    <LoadState
      {...useLoaded('campaigns')}
      loading="Loading your campaigns…"
      failed="Could not load your campaigns"
    >
      {(loaded) => (loaded.length === 0 ? <Prerequisites /> : <CampaignsTable campaigns={loaded} />)}
    </LoadState>
  )
}

export function CampaignsScreen(): ReactElement {
  const hasCampaigns = useStore((state) => state.campaigns.length > 0)
  const loadCampaigns = useStore((state) => state.loadCampaigns)
  const loadLists = useStore((state) => state.loadLists)
  const loadTemplates = useStore((state) => state.loadTemplates)
  useEffect(() => {
    void loadCampaigns()
    void loadLists()
    void loadTemplates()
  }, [loadCampaigns, loadLists, loadTemplates])
  return (
    <Screen
      title="Campaigns"
      intro="Send your message to a contact list at a safe pace, and watch it go out."
    >
      {hasCampaigns ? (
        <div className="campaigns-toolbar">
          <NewCampaignButton />
        </div>
      ) : null}
      <CampaignsContent />
    </Screen>
  )
}
