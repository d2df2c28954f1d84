import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { CheckIcon } from '../../ui/icons'

/** The keys of the steps' names: choose the file, the sheet and columns, check the rows, save. */
export const wizardStepKeys = [
  'contacts.steps.choose',
  'contacts.steps.columns',
  'contacts.steps.check',
  'contacts.steps.save',
] as const
export type WizardStep = 1 | 2 | 3 | 4

/** Between two sentences (or a mark and its words) in JSX. */
const gap = ' '

/** Where the user is in the import, and how much is left. */
export function WizardSteps({ current }: { current: WizardStep }): ReactElement {
  const t = useT()
  return (
    <ol className="wizard-steps" aria-label={t('contacts.steps.label')}>
      {wizardStepKeys.map((key, index) => {
        const step = index + 1
        const state = step < current ? 'done' : step === current ? 'current' : 'todo'
        return (
          <li
            key={key}
            className={`wizard-steps__step wizard-steps__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-steps__number" aria-hidden="true">
              {state === 'done' ? <CheckIcon className="icon icon--small" /> : step}
            </span>
            <span className="wizard-steps__label">
              <span className="visually-hidden">
                {state === 'done'
                  ? t('contacts.steps.stepDone', { step })
                  : t('contacts.steps.step', { step })}
                {gap}
              </span>
              {t(key)}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
