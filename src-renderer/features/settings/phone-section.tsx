import type { ReactElement } from 'react'
import type { SettingKey } from '../../../src-shared/domain/settings'
import { useT } from '../../i18n/use-t'
import { Card } from '../../ui/card'
import { countryChoices, Select } from '../../ui/select'
import { describedBy, FieldFrame } from './setting-field'

type PhoneSectionProps = {
  value: string
  error: string | undefined
  onChange: (key: SettingKey, value: string) => void
}

export function PhoneSection({ value, error, onChange }: PhoneSectionProps): ReactElement {
  const t = useT()
  return (
    <Card title={t('settings.phone.title')} className="settings-section">
      <FieldFrame settingKey="defaultCountry" error={error}>
        <Select
          {...describedBy('defaultCountry', error)}
          className="input select"
          value={value}
          options={countryChoices}
          onChange={(country) => onChange('defaultCountry', country)}
        />
      </FieldFrame>
    </Card>
  )
}
