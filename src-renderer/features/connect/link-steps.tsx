import { useId } from 'react'
import type { ReactElement } from 'react'
import { Card } from '../../ui/card'
import { QrCode } from './qr-code'

/** The four taps on the phone, the same words whether the code is on screen yet or not. */
function PhoneSteps(): ReactElement {
  return (
    <ol className="link-steps">
      <li>
        Open <strong>WhatsApp</strong> on the phone you use for your shop.
      </li>
      <li>
        Tap <strong>Settings</strong> on iPhone, or the <strong>⋮</strong> menu on Android.
      </li>
      <li>
        Tap <strong>Linked devices</strong>, then <strong>Link a device</strong>.
      </li>
      <li>Point the phone at the code on this screen.</li>
    </ol>
  )
}

/** Before connecting: what linking means and what will be asked of the phone. */
export function HowToLink(): ReactElement {
  return (
    <Card title="How linking works">
      <p className="card__intro">
        Herald links to WhatsApp the way WhatsApp Web does. Your phone stays the owner of the account and you
        can unlink Herald from it at any time.
      </p>
      <PhoneSteps />
    </Card>
  )
}

type ScanCardProps = {
  qr: string | null
  /** The number being linked, once there are several: the code is for that phone. */
  name?: string | null
}

/** While waiting for the scan: the code, large, with the steps beside it. */
export function ScanCard({ qr, name }: ScanCardProps): ReactElement {
  const titleId = useId()
  return (
    <section className="card scan-card" aria-labelledby={titleId}>
      <div className="scan-card__code">
        {qr ? (
          <QrCode text={qr} />
        ) : (
          <div className="qr qr--empty" aria-busy="true">
            Preparing the code…
          </div>
        )}
      </div>
      <div className="scan-card__steps">
        <h2 id={titleId} className="card__title">
          {name ? `Link the phone of “${name}”` : 'Link your phone'}
        </h2>
        <PhoneSteps />
        <p className="scan-card__note">
          The code refreshes by itself every few seconds. There is no need to reload; just keep the phone
          pointed at it.
        </p>
      </div>
    </section>
  )
}
