import { useId } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { FormattedMessage } from 'react-intl'
import { useT } from '../../i18n/use-t'
import { Card } from '../../ui/card'
import { QrCode } from './qr-code'

/** The four taps on the phone, the same words whether the code is on screen yet or not. */
const strong = (chunks: ReactNode[]): ReactElement => <strong>{chunks}</strong>

function PhoneSteps(): ReactElement {
  return (
    <ol className="link-steps">
      {['open', 'settings', 'linked', 'point'].map((step) => (
        <li key={step}>
          <FormattedMessage id={`connect.phoneSteps.${step}`} values={{ strong }} />
        </li>
      ))}
    </ol>
  )
}

/** Before connecting: what linking means and what will be asked of the phone. */
export function HowToLink(): ReactElement {
  const t = useT()
  return (
    <Card title={t('connect.howTo.title')}>
      <p className="card__intro">{t('connect.howTo.text')}</p>
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
  const t = useT()
  const titleId = useId()
  return (
    <section className="card scan-card" aria-labelledby={titleId}>
      <div className="scan-card__code">
        {qr ? (
          <QrCode text={qr} />
        ) : (
          <div className="qr qr--empty" aria-busy="true">
            {t('connect.scan.preparing')}
          </div>
        )}
      </div>
      <div className="scan-card__steps">
        <h2 id={titleId} className="card__title">
          {name ? t('connect.scan.titleNamed', { name }) : t('connect.scan.title')}
        </h2>
        <PhoneSteps />
        <p className="scan-card__note">{t('connect.scan.note')}</p>
      </div>
    </section>
  )
}
