import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { pacingPresets } from '../../../src-shared/domain/pacing'
import { useStore } from '../../state/store'
import { RadioCards } from '../../ui/radio-cards'
import type { RadioCardOption } from '../../ui/radio-cards'
import type { Pace } from './use-campaign-form'

function useCustomSummary(): ReactElement {
  const settings = useStore((state) => state.settings)
  if (!settings) return <>Your own numbers from Settings.</>
  return (
    <>
      Your numbers from <Link to="/settings">Settings</Link>: {settings['pacing.minDelaySeconds']}–
      {settings['pacing.maxDelaySeconds']} s apart, {settings['pacing.dailyCap']} a day.
    </>
  )
}

type PaceFieldsProps = { value: Pace; onChange: (pace: Pace) => void; offerTestPace: boolean; error?: string }

/** The pace presets as cards. The no-wait pace exists only for automated tests of a dry run. */
export function PaceFields({ value, onChange, offerTestPace, error }: PaceFieldsProps): ReactElement {
  const custom = useCustomSummary()
  const options: RadioCardOption<Pace>[] = [
    ...(['safe', 'normal', 'fast'] as const).map((id) => ({ value: id, ...pacingPresets[id] })),
    { value: 'custom', label: 'Custom', summary: custom },
  ]
  if (offerTestPace)
    options.push({
      value: 'none',
      label: 'Test pace (no waiting, dry run only)',
      summary: 'Every message at once. For checking Herald itself.',
      className: 'radio-card--test',
    })
  return (
    <div className="pace-fields">
      <RadioCards
        legend="Pace"
        help="Slower is safer: WhatsApp blocks numbers that send like a machine."
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
