import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import { formatDateTime, formatPhone } from '../../lib/format'
import { AlertIcon, CheckIcon, ConnectIcon } from '../../ui/icons'
import { actionLabels } from './connection-view'
import type { ConnectAction, ConnectTone, ConnectView } from './connection-view'
import type { ConnectActions, RequestAction } from './use-connect-actions'
import { ConnectAdvice } from './connect-advice'

/** Where the "no browser" problem sends the user: the browser path field in Settings. */
export const browserSettingsPath = '/settings?focus=whatsapp'

function StatusIcon({ tone }: { tone: ConnectTone }): ReactElement {
  if (tone === 'busy') return <span className="spinner" aria-hidden="true" />
  if (tone === 'ok') return <CheckIcon />
  if (tone === 'bad') return <AlertIcon />
  return <ConnectIcon />
}

const pendingLabels: Partial<Record<RequestAction, string>> = {
  cancel: 'Cancelling…',
  logout: 'Logging out…',
}

type ActionButtonProps = {
  action: ConnectAction
  primary: boolean
  actions: ConnectActions
  onLogout: () => void
}

function ActionButton({ action, primary, actions, onLogout }: ActionButtonProps): ReactElement {
  const className = `button${primary ? ' button--primary' : ''}`
  if (action === 'browser_settings')
    return (
      <Link to={browserSettingsPath} className={className}>
        {actionLabels[action]}
      </Link>
    )
  const pending = actions.pending === action
  // Cancel stays pressable while a connect request is still in flight: it is how a stuck start is stopped.
  const disabled = action === 'cancel' ? actions.pending === 'cancel' : actions.pending !== null
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      onClick={() => (action === 'logout' ? onLogout() : void actions.run(action))}
    >
      {pending ? (pendingLabels[action] ?? 'Starting…') : actionLabels[action]}
    </button>
  )
}

function Since({ since }: { since: string | null }): ReactElement | null {
  if (!since) return null
  if (Number.isNaN(Date.parse(since))) return null
  return (
    <p className="muted connect-status__since">Connected since {formatDateTime(since, { withYear: true })}</p>
  )
}

type StatusCardProps = {
  view: ConnectView
  whatsapp: WhatsAppState | null
  actions: ConnectActions
  onLogout: () => void
}

/** The connection as it is now: what is happening, why, and the one or two buttons that come next. */
export function StatusCard({ view, whatsapp, actions, onLogout }: StatusCardProps): ReactElement {
  const account = view.tone === 'ok' ? whatsapp?.account : null
  return (
    <section
      className={`card connect-status connect-status--${view.tone}`}
      aria-labelledby="connect-status-title"
      aria-busy={view.tone === 'busy'}
    >
      <div className="connect-status__icon">
        <StatusIcon tone={view.tone} />
      </div>
      <div className="connect-status__body">
        <p className="eyebrow">Your WhatsApp</p>
        <h2 className="connect-status__label" id="connect-status-title" aria-live="polite">
          {view.title}
        </h2>
        {account ? <p className="connect-status__phone">{formatPhone(account.phone)}</p> : null}
        <p className="connect-status__text">{view.text}</p>
        {view.detail && view.detail !== view.text ? <p className="muted">{view.detail}</p> : null}
        {view.progress !== null ? (
          <progress
            className="meter connect-progress"
            max={100}
            value={view.progress}
            aria-label="Loading chats"
          >
            {view.progress}%
          </progress>
        ) : null}
        <ConnectAdvice advice={view.advice} />
        {view.tone === 'ok' ? <Since since={whatsapp?.since ?? null} /> : null}
        {actions.error ? (
          <p className="inline-error connect-status__error" role="alert">
            {actions.error}
          </p>
        ) : null}
        {view.actions.length > 0 ? (
          <div className="card__actions connect-status__actions">
            {view.actions.map((action, index) => (
              <ActionButton
                key={action}
                action={action}
                primary={index === 0 && action !== 'cancel' && action !== 'logout'}
                actions={actions}
                onLogout={onLogout}
              />
            ))}
          </div>
        ) : null}
      </div>
    </section>
  )
}
