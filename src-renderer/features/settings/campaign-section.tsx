import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { Card } from '../../ui/card'
import { InputFields } from './setting-field'
import type { SectionProps } from './setting-field'

/** Replies that opt people out or sound like complaints, and the time zones of large countries. */
export function CampaignSection(props: SectionProps): ReactElement {
  const t = useT()
  return (
    <Card title={t('settings.campaign.title')} className="settings-section">
      <InputFields
        keys={['campaign.optOutKeywords', 'campaign.complaintWords', 'campaign.timeZones']}
        type="text"
        {...props}
      />
    </Card>
  )
}
