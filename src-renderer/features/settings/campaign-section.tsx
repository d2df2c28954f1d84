import type { ReactElement } from 'react'
import type { SettingKey } from '../../../src-shared/domain/settings'
import { Card } from '../../ui/card'
import type { FormText } from './form-values'
import { InputField } from './setting-field'

type CampaignSectionProps = {
  text: FormText
  errors: Partial<Record<SettingKey, string>>
  onChange: (key: SettingKey, value: string) => void
}

/** Replies that opt people out or sound like complaints, and the time zones of large countries. */
export function CampaignSection({ text, errors, onChange }: CampaignSectionProps): ReactElement {
  return (
    <Card title="Replies and time zones" className="settings-section">
      {(['campaign.optOutKeywords', 'campaign.complaintWords', 'campaign.timeZones'] as const).map((key) => (
        <InputField
          key={key}
          settingKey={key}
          type="text"
          value={text[key]}
          error={errors[key]}
          onChange={onChange}
        />
      ))}
    </Card>
  )
}
