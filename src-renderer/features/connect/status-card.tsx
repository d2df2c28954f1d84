import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import { useT } from '../../i18n/use-t'
import { formatDateTime, formatPercent, formatPhone } from '../../lib/format'
import { AlertIcon, CheckIcon, ConnectIcon } from '../../ui/icons'
import { actionLabel } from './connection-view'
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

// What a pressed button says while its request is in flight ("Cancelling…"); "Starting…" for the others
const pendingActions: readonly RequestAction[] = ['cancel', 'disconnect', 'logout']

// Stopping or unlinking is never the button the eye should go to first
const quietActions: readonly ConnectAction[] = ['cancel', 'disconnect', 'logout']

type ActionButtonProps = {
  action: ConnectAction
  primary: boolean
  actions: ConnectActions
  onLogout: () => void
}

function ActionButton({ action, primary, actions, onLogout }: ActionButtonProps): ReactElement {
  const t = useT()
  const className = `button${primary ? ' button--primary' : ''}`
  if (action === 'browser_settings')
    return (
      <Link to={browserSettingsPath} className={className}>
        {actionLabel(t, action)}
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
      {pending
        ? t(pendingActions.includes(action) ? `connect.pending.${action}` : 'connect.pending.start')
        : actionLabel(t, action)}
    </button>
  )
}

function Since({ since }: { since: string | null }): ReactElement | null {
  const t = useT()
  if (!since) return null
  if (Number.isNaN(Date.parse(since))) return null
  return (
    <p className="muted connect-status__since">
      {t('connect.since', { date: formatDateTime(since, { withYear: true }) })}
    </p>
  )
}

type StatusCardProps = {
  view: ConnectView
  whatsapp: WhatsAppState | null
  actions: ConnectActions
  onLogout: () => void
  /** The number's own name, once there are several; "Your WhatsApp" otherwise. */
  name?: string | null
  /** The first number's title keeps the id it always had; a later number's carries its own. */
  titleId?: string
  /** Today's use of its send budget. */
  usage?: string | null
  /** Below the budget line: the number's own settings (a later number's warm-up switch). */
  below?: ReactNode
  /** Buttons after the connection's own: a test message. */
  more?: ReactNode
  /** Rename and Remove, in the card's corner. */
  corner?: ReactNode
}

/** The connection as it is now: what is happening, why, and the one or two buttons that come next. */
export function StatusCard(props: StatusCardProps): ReactElement {
  const t = useT()
  const { view, whatsapp, actions, onLogout, name = null, titleId = 'connect-status-title' } = props
  const account = view.tone === 'ok' ? whatsapp?.account : null
  const nameId = `${titleId}-name`
  return (
    <section
      className={`card connect-status connect-status--${view.tone}`}
      aria-labelledby={`${nameId} ${titleId}`}
      aria-busy={view.tone === 'busy'}
    >
      <div className="connect-status__icon">
        <StatusIcon tone={view.tone} />
      </div>
      <div className="connect-status__body">
        <div className="connect-status__head">
          <p className={name ? 'connect-status__name' : 'eyebrow'} id={nameId}>
            {name ?? t('connect.yourWhatsApp')}
          </p>
          {props.corner}
        </div>
        <h2 className="connect-status__label" id={titleId} aria-live="polite">
          {view.title}
        </h2>
        {account ? (
          <p className="connect-status__phone">
            <bdi dir="ltr">{formatPhone(account.phone)}</bdi>
          </p>
        ) : null}
        <p className="connect-status__text">{view.text}</p>
        {view.detail && view.detail !== view.text ? <p className="muted">{view.detail}</p> : null}
        {view.progress !== null ? (
          <progress
            className="meter connect-progress"
            max={100}
            value={view.progress}
            aria-label={t('connect.loadingChats')}
          >
            {formatPercent(view.progress / 100)}
          </progress>
        ) : null}
        <ConnectAdvice advice={view.advice} />
        {view.tone === 'ok' ? <Since since={whatsapp?.since ?? null} /> : null}
        {props.usage ? <p className="connect-status__usage">{props.usage}</p> : null}
        {props.below}
        {actions.error ? (
          <p className="inline-error connect-status__error" role="alert">
            {actions.error}
          </p>
        ) : null}
        {view.actions.length > 0 || props.more ? (
          <div className="card__actions connect-status__actions">
            {props.more}
            {view.actions.map((action, index) => (
              <ActionButton
                key={action}
                action={action}
                primary={index === 0 && !quietActions.includes(action)}
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
