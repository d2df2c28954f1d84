import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { LoadFailed, Loading } from '../contacts/load-states'
import { CampaignsTable } from './campaigns-table'
import { NewCampaignButton, Prerequisites } from './prerequisites'
import '../contacts/contacts.css'
import './campaigns.css'

function CampaignsContent(): ReactElement {
  const campaigns = useStore((state) => state.campaigns)
  const status = useStore((state) => state.campaignsStatus)
  const error = useStore((state) => state.campaignsError)
  const load = useStore((state) => state.loadCampaigns)
  if (status === 'failed')
    return <LoadFailed title="Could not load your campaigns" message={error} onRetry={() => void load()} />
  if (status !== 'loaded') return <Loading label="Loading your campaigns…" />
  return campaigns.length === 0 ? <Prerequisites /> : <CampaignsTable campaigns={campaigns} />
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
