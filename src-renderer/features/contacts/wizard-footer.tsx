import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { ArrowRightIcon } from '../../ui/icons'

type Action = { label: string; onClick: () => void; disabled?: boolean }

type WizardFooterProps = {
  onCancel: () => void
  /** While Herald is saving, cancelling would leave the list half written. */
  busy?: boolean
  back?: Action
  next?: Action
  /** A short, polite note such as "Updating…", read out when it changes. */
  status?: string
}

/** Cancel on the left, away from the way forward; Back and Next on the right. */
export function WizardFooter({ onCancel, busy, back, next, status }: WizardFooterProps): ReactElement {
  const t = useT()
  return (
    <div className="wizard-footer">
      <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
        {t('contacts.wizard.cancel')}
      </button>
      <p className="wizard-footer__status" role="status">
        {status}
      </p>
      <div className="wizard-footer__buttons">
        {back ? (
          <button type="button" className="button" onClick={back.onClick} disabled={back.disabled}>
            {back.label}
          </button>
        ) : null}
        {next ? (
          <button
            type="button"
            className="button button--primary"
            onClick={next.onClick}
            disabled={next.disabled}
          >
            {next.label}
            <ArrowRightIcon className="icon icon--small" />
          </button>
        ) : null}
      </div>
    </div>
  )
}
