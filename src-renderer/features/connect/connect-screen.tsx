import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { NextStep } from '../../ui/empty-state'
import { InfoIcon } from '../../ui/icons'
import { connectView } from './connection-view'
import { HowToLink, ScanCard } from './link-steps'
import { StatusCard } from './status-card'
import { TestMessageCard } from './test-message-card'
import { useConnectActions } from './use-connect-actions'
import './connect.css'

function DryRunNote(): ReactElement {
  return (
    <section className="callout" aria-labelledby="connect-dry-run-title">
      <InfoIcon className="callout__icon" />
      <div>
        <h2 id="connect-dry-run-title" className="callout__title">
          Want to try Herald first?
        </h2>
        <p>
          A <strong>dry run</strong> goes through every step of a campaign without sending a single message,
          so you can rehearse without connecting WhatsApp. Start by adding your customers on{' '}
          <Link to="/contacts">Contacts</Link>.
        </p>
      </div>
    </section>
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

export function ConnectScreen(): ReactElement {
  const whatsapp = useStore((state) => state.whatsapp)
  const failed = useStore((state) => state.whatsappStatus === 'failed')
  const actions = useConnectActions()
  const [confirmLogout, setConfirmLogout] = useState(false)
  const loadLinkTestStatus = useStore((state) => state.loadLinkTestStatus)
  const accountPhone = whatsapp?.account?.phone ?? null
  // Sent here from a new campaign to test first: the way back replaces the usual next step
  const [params] = useSearchParams()
  const backToCampaign = params.get('back') === 'new-campaign'
  // Once the login has sent a test message, the next step of the journey becomes the one to take
  const tested = useStore((state) => state.linkTestLastSuccessAt !== null)
  const view = connectView(whatsapp, failed)
  const connected = whatsapp?.status === 'ready'
  const idle = view.tone === 'idle' || view.tone === 'bad'

  // Read again when another login is linked: whether it was ever tested belongs to each login
  useEffect(() => {
    void loadLinkTestStatus()
  }, [loadLinkTestStatus, accountPhone])

  const logout = async (): Promise<void> => {
    await actions.run('logout')
    setConfirmLogout(false)
  }

  return (
    <Screen title="Connect" intro="Link Herald to your shop's WhatsApp so it can send messages for you.">
      <StatusCard view={view} whatsapp={whatsapp} actions={actions} onLogout={() => setConfirmLogout(true)} />
      {connected ? <TestMessageCard /> : null}
      {view.showQr ? <ScanCard qr={whatsapp?.qr ?? null} /> : null}
      {idle ? <HowToLink /> : null}
      {connected ? null : <DryRunNote />}
      <div className="screen-footer">
        {backToCampaign ? (
          <NextStep to="/campaigns/new?draft=kept" primary={tested}>
            Back to your new campaign
          </NextStep>
        ) : (
          <NextStep to="/contacts" primary={connected && tested}>
            Next: add your contacts
          </NextStep>
        )}
      </div>
      <LogoutDialog
        open={confirmLogout}
        name={whatsapp?.account?.name ?? null}
        busy={actions.pending === 'logout'}
        onConfirm={() => void logout()}
        onCancel={() => setConfirmLogout(false)}
      />
    </Screen>
  )
}
