import type { ReactElement } from 'react'
import type { SettingKey } from '../../../src-shared/domain/settings'
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
    <section className="card settings-section" aria-labelledby="settings-campaign-title">
      <h2 id="settings-campaign-title" className="card__title">
        Replies and time zones
      </h2>
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
    </section>
  )
}
