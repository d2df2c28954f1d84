import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { pacingPresets } from '../../../src-shared/domain/pacing'
import { useStore } from '../../state/store'
import { RadioCards } from '../../ui/radio-cards'
import type { RadioCardOption } from '../../ui/radio-cards'
import type { Pace } from './use-campaign-form'
import { useT } from '../../i18n/use-t'
import { useRich } from './rich'

function useCustomSummary(): ReactElement {
  const t = useT()
  const rich = useRich()
  const settings = useStore((state) => state.settings)
  if (!settings) return <>{t('campaigns.pace.customNoSettings')}</>
  return (
    <>
      {rich('campaigns.pace.customSummary', {
        min: settings['pacing.minDelaySeconds'],
        max: settings['pacing.maxDelaySeconds'],
        daily: settings['pacing.dailyCap'],
        link: (text) => <Link to="/settings">{text}</Link>,
      })}
    </>
  )
}

type PaceFieldsProps = {
  value: Pace
  onChange: (pace: Pace) => void
  /** A dry run may rehearse without any waiting, as `--pace none` does in the CLI. */
  offerNoWaiting: boolean
  error?: string
}

/** The pace presets as cards, and "No waiting" for a dry run. */
export function PaceFields({ value, onChange, offerNoWaiting, error }: PaceFieldsProps): ReactElement {
  const t = useT()
  const custom = useCustomSummary()
  const options: RadioCardOption<Pace>[] = [
    ...(['safe', 'normal', 'fast'] as const).map((id) => ({
      value: id,
      label: t(`campaigns.pace.${id}.label`),
      summary: t(`campaigns.pace.${id}.summary`, {
        min: pacingPresets[id].values.minDelaySeconds,
        max: pacingPresets[id].values.maxDelaySeconds,
        daily: pacingPresets[id].values.dailyCap,
      }),
    })),
    { value: 'custom', label: t('campaigns.pace.custom'), summary: custom },
  ]
  if (offerNoWaiting || value === 'none')
    options.push({
      value: 'none',
      label: t('campaigns.pace.none.label'),
      summary: t('campaigns.pace.none.summary'),
      className: 'radio-card--test',
    })
  return (
    <div className="pace-fields">
      <RadioCards
        legend={t('campaigns.pace.legend')}
        help={t('campaigns.pace.help')}
        options={options}
        value={value}
        onChange={onChange}
      />
      {error ? (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
