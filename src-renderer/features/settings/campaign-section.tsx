import type { ReactElement } from 'react'
import { Card } from '../../ui/card'
import { InputFields } from './setting-field'
import type { SectionProps } from './setting-field'

/** Replies that opt people out or sound like complaints, and the time zones of large countries. */
export function CampaignSection(props: SectionProps): ReactElement {
  return (
    <Card title="Replies and time zones" className="settings-section">
      <InputFields
        keys={['campaign.optOutKeywords', 'campaign.complaintWords', 'campaign.timeZones']}
        type="text"
        {...props}
      />
    </Card>
  )
}
