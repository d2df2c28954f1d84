import type { ReactElement } from 'react'
import type { LinkTest } from '../../../src-shared/domain/link-test'
import { useT } from '../../i18n/use-t'
import { CheckIcon, CrossIcon, HistoryIcon } from '../../ui/icons'
import { linkTestView } from './link-test-view'
import type { StepMark, StepView } from './link-test-view'
import { ConnectAdvice } from './connect-advice'

function Mark({ mark }: { mark: StepMark }): ReactElement {
  const icon =
    mark === 'done' ? (
      <CheckIcon className="icon icon--small" />
    ) : mark === 'failed' ? (
      <CrossIcon className="icon icon--small" />
    ) : mark === 'unconfirmed' ? (
      <HistoryIcon className="icon icon--small" />
    ) : mark === 'waiting' ? (
      <span className="spinner spinner--small" />
    ) : null
  return (
    <span className="round-mark link-test__mark" aria-hidden="true">
      {icon}
    </span>
  )
}

function Step({ step }: { step: StepView }): ReactElement {
  const t = useT()
  return (
    <li
      className={`link-test__step link-test__step--${step.mark}`}
      data-step={step.step}
      data-mark={step.mark}
    >
      <Mark mark={step.mark} />
      <span className="link-test__label">
        {step.label}
        <span className="visually-hidden"> {t(`connect.test.mark.${step.mark}`)}</span>
      </span>
      {step.time ? <span className="link-test__time">{step.time}</span> : null}
      {step.note ? <span className="link-test__note">{step.note}</span> : null}
    </li>
  )
}

/** A test message under way or over: the four steps as a checklist, how it went, and what to do. */
export function LinkTestResult({ test }: { test: LinkTest }): ReactElement {
  const t = useT()
  const view = linkTestView(t, test)
  return (
    <div className="link-test" aria-busy={view.running}>
      <p className="link-test__to">{view.recipient}</p>
      <ol className="link-test__steps" aria-label={t('connect.test.steps')}>
        {view.steps.map((step) => (
          <Step key={step.step} step={step} />
        ))}
      </ol>
      <p className={`link-test__summary link-test__summary--${view.tone}`} role="status">
        {view.summary}
      </p>
      <ConnectAdvice advice={view.advice} />
    </div>
  )
}
