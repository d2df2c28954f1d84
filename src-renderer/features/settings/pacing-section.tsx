import type { ReactElement } from 'react'
import { customPresetSummary, pacingPresetIds, pacingPresets } from '../../../src-shared/domain/pacing'
import type { PacingPresetId } from '../../../src-shared/domain/pacing'
import { settingDefs } from '../../../src-shared/domain/settings'
import type { SettingKey } from '../../../src-shared/domain/settings'
import { Card } from '../../ui/card'
import { SendingHours } from './sending-hours'
import { InputField, InputFields } from './setting-field'
import type { SectionProps } from './setting-field'

const presetText = (id: PacingPresetId): { label: string; summary: string } =>
  id === 'custom' ? { label: 'Custom', summary: customPresetSummary } : pacingPresets[id]

function PresetPicker({ text, errors, onChange }: SectionProps): ReactElement {
  const chosen = text['pacing.preset']
  const def = settingDefs['pacing.preset']
  return (
    <fieldset className="preset-picker" aria-describedby="preset-help">
      <legend className="field__label">{def.label}</legend>
      <p className="field__help" id="preset-help">
        {def.help} Picking one fills in the numbers below; changing a number makes it Custom.
      </p>
      <div className="preset-picker__options">
        {pacingPresetIds.map((id) => {
          const { label, summary } = presetText(id)
          return (
            <label key={id} className="radio-card">
              <input
                type="radio"
                name="pacing-preset"
                value={id}
                checked={chosen === id}
                onChange={() => onChange('pacing.preset', id)}
                aria-labelledby={`preset-${id}-label`}
                aria-describedby={`preset-${id}-summary`}
              />
              <span className="radio-card__label" id={`preset-${id}-label`}>
                {label}
              </span>
              <span className="radio-card__summary" id={`preset-${id}-summary`}>
                {summary}
              </span>
            </label>
          )
        })}
      </div>
      {errors['pacing.preset'] ? (
        <p className="field__error" role="alert">
          {errors['pacing.preset']}
        </p>
      ) : null}
    </fieldset>
  )
}

const groups: { title: string; keys: [SettingKey, SettingKey] }[] = [
  {
    title: 'Delay between messages',
    keys: ['pacing.minDelaySeconds', 'pacing.maxDelaySeconds'],
  },
  { title: 'Batches', keys: ['pacing.batchSize', 'pacing.batchPauseMinutes'] },
  { title: 'Limits', keys: ['pacing.hourlyCap', 'pacing.dailyCap'] },
]

export function PacingSection(props: SectionProps): ReactElement {
  const { text, errors, onChange } = props
  return (
    <Card title="Sending pace" className="settings-section">
      <p className="card__intro">
        Sending like a person, not a machine, keeps your WhatsApp account safe. These are the defaults for new
        campaigns.
      </p>
      <PresetPicker {...props} />
      {groups.map((group) => (
        <div key={group.title} className="field-group">
          <h3 className="field-group__title">{group.title}</h3>
          <div className="field-grid">
            <InputFields keys={group.keys} type="number" {...props} />
          </div>
        </div>
      ))}
      <SendingHours {...props} />
      <div className="field-group">
        <h3 className="field-group__title">How often a contact hears from you</h3>
        <InputField
          settingKey="campaign.skipRecentDays"
          type="number"
          value={text['campaign.skipRecentDays']}
          error={errors['campaign.skipRecentDays']}
          onChange={onChange}
        />
      </div>
    </Card>
  )
}
