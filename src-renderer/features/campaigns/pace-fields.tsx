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

type PaceFieldsProps = {
  value: Pace
  onChange: (pace: Pace) => void
  /** A dry run may rehearse without any waiting, as `--pace none` does in the CLI. */
  offerNoWaiting: boolean
  error?: string
}

/** The pace presets as cards, and "No waiting" for a dry run. */
export function PaceFields({ value, onChange, offerNoWaiting, error }: PaceFieldsProps): ReactElement {
  const custom = useCustomSummary()
  const options: RadioCardOption<Pace>[] = [
    ...(['safe', 'normal', 'fast'] as const).map((id) => ({ value: id, ...pacingPresets[id] })),
    { value: 'custom', label: 'Custom', summary: custom },
  ]
  if (offerNoWaiting || value === 'none')
    options.push({
      value: 'none',
      label: 'No waiting (rehearsal)',
      summary: 'Every message straight away, to see the whole run in a minute. Dry runs only.',
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
