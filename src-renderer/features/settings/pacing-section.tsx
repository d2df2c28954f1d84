import type { ReactElement } from 'react'
import { pacingPresetIds } from '../../../src-shared/domain/pacing'
import type { PacingPresetId } from '../../../src-shared/domain/pacing'
import type { SettingKey } from '../../../src-shared/domain/settings'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { Card } from '../../ui/card'
import { SendingHours } from './sending-hours'
import { InputField, InputFields, settingWords } from './setting-field'
import type { SectionProps } from './setting-field'

// pacing.ts keeps the presets' English for the command line; the screen words them from the catalogue.
const presetText = (t: Translate, id: PacingPresetId): { label: string; summary: string } => ({
  label: t(`settings.preset.${id}.label`),
  summary: t(`settings.preset.${id}.summary`),
})

function PresetPicker({ text, errors, onChange }: SectionProps): ReactElement {
  const t = useT()
  const chosen = text['pacing.preset']
  const words = settingWords(t, 'pacing.preset')
  return (
    <fieldset className="preset-picker" aria-describedby="preset-help">
      <legend className="field__label">{words.label}</legend>
      <p className="field__help" id="preset-help">
        {words.help} {t('settings.pacing.presetPicking')}
      </p>
      <div className="preset-picker__options">
        {pacingPresetIds.map((id) => {
          const { label, summary } = presetText(t, id)
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
    title: 'settings.pacing.delay',
    keys: ['pacing.minDelaySeconds', 'pacing.maxDelaySeconds'],
  },
  { title: 'settings.pacing.batches', keys: ['pacing.batchSize', 'pacing.batchPauseMinutes'] },
  { title: 'settings.pacing.limits', keys: ['pacing.hourlyCap', 'pacing.dailyCap'] },
]

export function PacingSection(props: SectionProps): ReactElement {
  const { text, errors, onChange } = props
  const t = useT()
  return (
    <Card title={t('settings.pacing.title')} className="settings-section">
      <p className="card__intro">{t('settings.pacing.intro')}</p>
      <PresetPicker {...props} />
      {groups.map((group) => (
        <div key={group.title} className="field-group">
          <h3 className="field-group__title">{t(group.title)}</h3>
          <div className="field-grid">
            <InputFields keys={group.keys} type="number" {...props} />
          </div>
        </div>
      ))}
      <SendingHours {...props} />
      <div className="field-group">
        <h3 className="field-group__title">{t('settings.pacing.howOften')}</h3>
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
