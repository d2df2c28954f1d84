import { useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { FormattedMessage } from 'react-intl'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { firstNumberId } from '../../state/numbers-slice'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { connectView } from './connection-view'
import type { ConnectView } from './connection-view'
import { ScanCard } from './link-steps'
import { StatusCard } from './status-card'
import { TestMessageCard } from './test-message-card'
import { useConnectActions } from './use-connect-actions'
import type { ConnectActions } from './use-connect-actions'

/** A sending number as the Connect screen shows it. */
export type ShownNumber = {
  id: number
  /** Its name once there are several numbers; null with one, which the screen calls "your WhatsApp". */
  name: string | null
  state: WhatsAppState | null
  usage: string | null
  /** Whether it can be removed (the first number stays). */
  removable: boolean
  /** "Sent to customers for months": no warm-up. Null for the first number, whose switch is in Settings. */
  established: boolean | null
}

/** A later number's warm-up switch (the first number's is Settings → WhatsApp). */
function EstablishedSwitch({ number }: { number: ShownNumber }): ReactElement | null {
  const t = useT()
  const [failure, setFailure] = useState<string | null>(null)
  if (number.established === null) return null
  const id = `connect-established-${number.id}`
  const change = async (established: boolean): Promise<void> => {
    const done = await api.invoke('accounts:set-established', { accountId: number.id, established })
    setFailure(done.ok ? null : done.error.message)
  }
  return (
    <div className="connect-number__established">
      <input
        id={id}
        type="checkbox"
        checked={number.established}
        onChange={(event) => void change(event.target.checked)}
      />
      <label htmlFor={id}>
        {t('connect.established.label')}
        <span className="muted"> {t('connect.established.note', { max: 50 })}</span>
      </label>
      {failure ? (
        <p className="inline-error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  )
}

type LogoutDialogProps = {
  open: boolean
  name: string | null
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

function LogoutDialog({ open, name, busy, onConfirm, onCancel }: LogoutDialogProps): ReactElement {
  const t = useT()
  const strong = (chunks: ReactNode[]): ReactElement => <strong>{chunks}</strong>
  return (
    <ConfirmDialog
      open={open}
      title={t('connect.logout.title')}
      confirmLabel={t('connect.logout.confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        {name ? (
          <FormattedMessage id="connect.logout.textNamed" values={{ name, strong }} />
        ) : (
          <FormattedMessage id="connect.logout.text" values={{ strong }} />
        )}
      </p>
      <p>{t('connect.logout.scanAgain')}</p>
    </ConfirmDialog>
  )
}

/** After Disconnect the number is "not connected", but unlike a new one its login is still here. */
function viewOf(
  t: Translate,
  state: WhatsAppState | null,
  checkFailed: boolean,
  actions: ConnectActions,
): ConnectView {
  const view = connectView(t, state, checkFailed)
  if (actions.lastDone !== 'disconnect' || state?.status !== 'not_connected') return view
  return {
    ...view,
    text: t('connect.disconnectedKept'),
  }
}

type NumberCardProps = {
  number: ShownNumber
  checkFailed: boolean
  /** With several numbers each test message card opens on request; with one it shows once connected. */
  testOpen: boolean
  onToggleTest: () => void
  onRename: () => void
  onRemove: () => void
}

/** One number: its connection and budget, its QR code while it links, and its test message. */
export function NumberCard(props: NumberCardProps): ReactElement {
  const t = useT()
  const { number, checkFailed, testOpen } = props
  const actions = useConnectActions(number.id)
  const [confirmLogout, setConfirmLogout] = useState(false)
  const view = viewOf(t, number.state, checkFailed, actions)
  const several = number.name !== null
  const connected = number.state?.status === 'ready'
  const titleId = number.id === firstNumberId ? 'connect-status-title' : `connect-status-title-${number.id}`
  const testId = `${titleId}-test`

  const logout = async (): Promise<void> => {
    await actions.run('logout')
    setConfirmLogout(false)
  }

  const corner = several ? (
    <div className="connect-status__corner">
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={t('connect.number.renameLabel', { name: number.name ?? '' })}
        onClick={props.onRename}
      >
        {t('connect.number.rename')}
      </button>
      {number.removable ? (
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('connect.number.removeLabel', { name: number.name ?? '' })}
          onClick={props.onRemove}
        >
          {t('connect.number.remove')}
        </button>
      ) : null}
    </div>
  ) : null
  const testButton =
    several && connected ? (
      <button
        type="button"
        className="button"
        aria-expanded={testOpen}
        aria-controls={testId}
        onClick={props.onToggleTest}
      >
        {t('connect.test.send')}
      </button>
    ) : null

  return (
    <>
      <StatusCard
        view={view}
        whatsapp={number.state}
        actions={actions}
        onLogout={() => setConfirmLogout(true)}
        name={number.name}
        titleId={titleId}
        usage={number.usage}
        more={testButton}
        below={<EstablishedSwitch number={number} />}
        corner={corner}
      />
      {view.showQr ? <ScanCard qr={number.state?.qr ?? null} name={number.name} /> : null}
      {connected && (testOpen || !several) ? (
        <div id={testId} className="connect-number__test">
          <TestMessageCard accountId={number.id} name={number.name} />
        </div>
      ) : null}
      <LogoutDialog
        open={confirmLogout}
        name={number.state?.account?.name ?? number.name}
        busy={actions.pending === 'logout'}
        onConfirm={() => void logout()}
        onCancel={() => setConfirmLogout(false)}
      />
    </>
  )
}
