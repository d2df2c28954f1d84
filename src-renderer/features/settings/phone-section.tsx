import type { ReactElement } from 'react'
import { listCountries } from '../../../src-shared/domain/countries'
import type { SettingKey } from '../../../src-shared/domain/settings'
import { describedBy, FieldFrame } from './setting-field'

const countries = listCountries('en')

type PhoneSectionProps = {
  value: string
  error: string | undefined
  onChange: (key: SettingKey, value: string) => void
}

export function PhoneSection({ value, error, onChange }: PhoneSectionProps): ReactElement {
  return (
    <section className="card settings-section" aria-labelledby="settings-phone-title">
      <h2 id="settings-phone-title" className="card__title">
        Phone numbers
      </h2>
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
    </section>
  )
}
