import type { ReactElement } from 'react'
import { CheckIcon } from '../../ui/icons'

export const wizardSteps = ['Choose file', 'Sheet & columns', 'Check', 'Save'] as const
export type WizardStep = 1 | 2 | 3 | 4

/** Where the user is in the import, and how much is left. */
export function WizardSteps({ current }: { current: WizardStep }): ReactElement {
  return (
    <ol className="wizard-steps" aria-label="Import steps">
      {wizardSteps.map((label, index) => {
        const step = index + 1
        const state = step < current ? 'done' : step === current ? 'current' : 'todo'
        return (
          <li
            key={label}
            className={`wizard-steps__step wizard-steps__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-steps__number" aria-hidden="true">
              {state === 'done' ? <CheckIcon className="icon icon--small" /> : step}
            </span>
            <span className="wizard-steps__label">
              <span className="visually-hidden">
                Step {step}
                {state === 'done' ? ', done' : ''}:{' '}
              </span>
              {label}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
