import type { ReactElement } from 'react'
import { listCountries } from '../../../src-shared/domain/countries'
import type { SettingKey } from '../../../src-shared/domain/settings'
import { Card } from '../../ui/card'
import { describedBy, FieldFrame } from './setting-field'

const countries = listCountries('en')

type PhoneSectionProps = {
  value: string
  error: string | undefined
  onChange: (key: SettingKey, value: string) => void
}

export function PhoneSection({ value, error, onChange }: PhoneSectionProps): ReactElement {
  return (
    <Card title="Phone numbers" className="settings-section">
      <FieldFrame settingKey="defaultCountry" error={error}>
        <select
          {...describedBy('defaultCountry', error)}
          className="input select"
          value={value}
          onChange={(event) => onChange('defaultCountry', event.target.value)}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name} (+{country.callingCode})
            </option>
          ))}
        </select>
      </FieldFrame>
    </Card>
  )
}
