import { useState } from 'react'
import type { ReactElement } from 'react'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
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
        This number has sent to customers for months: no warm-up
        <span className="muted"> (a new number is kept to 50 messages a day at first)</span>
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
  return (
    <ConfirmDialog
      open={open}
      title="Log out of WhatsApp?"
      confirmLabel="Log out"
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        Herald will unlink this computer from {name ? <strong>{name}</strong> : 'your account'}: it disappears
        from <strong>Linked devices</strong> on your phone, and campaigns that are sending pause.
      </p>
      <p>To send again you will need to scan a new QR code with your phone.</p>
    </ConfirmDialog>
  )
}

/** After Disconnect the number is "not connected", but unlike a new one its login is still here. */
function viewOf(state: WhatsAppState | null, checkFailed: boolean, actions: ConnectActions): ConnectView {
  const view = connectView(state, checkFailed)
  if (actions.lastDone !== 'disconnect' || state?.status !== 'not_connected') return view
  return {
    ...view,
    text: 'Its browser is closed and its login is kept: Connect opens it again without a QR code.',
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
  const { number, checkFailed, testOpen } = props
  const actions = useConnectActions(number.id)
  const [confirmLogout, setConfirmLogout] = useState(false)
  const view = viewOf(number.state, checkFailed, actions)
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
        aria-label={`Rename ${number.name}`}
        onClick={props.onRename}
      >
        Rename
      </button>
      {number.removable ? (
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={`Remove ${number.name}`}
          onClick={props.onRemove}
        >
          Remove
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
        Send a test message
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
