import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { statusLabels } from '../../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { ComingSoon, NextStep } from '../../ui/empty-state'
import { CheckIcon, ConnectIcon, InfoIcon } from '../../ui/icons'

function StatusCard({ whatsapp, failed }: { whatsapp: WhatsAppState | null; failed: boolean }): ReactElement {
  const connected = whatsapp?.status === 'ready'
  const label = whatsapp ? statusLabels[whatsapp.status] : failed ? 'Status unavailable' : 'Checking…'
  return (
    <section className="card connect-status" aria-labelledby="connect-status-title">
      <div className={`connect-status__icon${connected ? ' connect-status__icon--ok' : ''}`}>
        {connected ? <CheckIcon /> : <ConnectIcon />}
      </div>
      <div>
        <p className="eyebrow" id="connect-status-title">
          Your WhatsApp
        </p>
        <p className="connect-status__label">{label}</p>
        {whatsapp?.account ? (
          <p className="muted">
            Linked to {whatsapp.account.name} ({whatsapp.account.phone})
          </p>
        ) : (
          <p className="muted">
            {failed
              ? 'Herald could not check the connection right now.'
              : 'Herald is not linked to a WhatsApp account on this computer yet.'}
          </p>
        )}
        {whatsapp?.detail ? <p className="muted">{whatsapp.detail}</p> : null}
      </div>
    </section>
  )
}

function HowToLink(): ReactElement {
  return (
    <section className="card" aria-labelledby="connect-how-title">
      <h2 id="connect-how-title" className="card__title">
        How linking works
      </h2>
      <ol className="steps">
        <li>Open WhatsApp on the phone you use for your shop.</li>
        <li>
          Tap <strong>Settings</strong> (or the ⋮ menu), then <strong>Linked devices</strong>, then{' '}
          <strong>Link a device</strong>.
        </li>
        <li>Point the phone at the QR code Herald shows here. Your phone stays the owner of the account.</li>
      </ol>
      <div className="card__actions">
        <ComingSoon label="Show QR code" />
      </div>
    </section>
  )
}

export function ConnectScreen(): ReactElement {
  const whatsapp = useStore((state) => state.whatsapp)
  const failed = useStore((state) => state.whatsappStatus === 'failed')
  const connected = whatsapp?.status === 'ready'
  return (
    <Screen title="Connect" intro="Link Herald to your shop's WhatsApp so it can send messages for you.">
      <StatusCard whatsapp={whatsapp} failed={failed} />
      {connected ? null : <HowToLink />}
      {connected ? null : <DryRunNote />}
      <div className="screen-footer">
        <NextStep to="/contacts">Next: add your contacts</NextStep>
      </div>
    </Screen>
  )
}

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
