import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import QRCode from 'qrcode'
import { useT } from '../../i18n/use-t'

/**
 * The QR code as an image source. An <img> with a data: URL is what the strict CSP allows (img-src data:),
 * and SVG stays sharp at any size and zoom. Level M survives a glare or a slightly blurred camera.
 */
export async function qrImageSource(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

type Drawn = { text: string; source: string } | { text: string; failed: true }

/** Draws the code; while a new code is being drawn the previous one stays, so nothing flickers. */
export function QrCode({ text }: { text: string }): ReactElement {
  const t = useT()
  const [drawn, setDrawn] = useState<Drawn | null>(null)

  useEffect(() => {
    let current = true
    qrImageSource(text).then(
      (source) => current && setDrawn({ text, source }),
      () => current && setDrawn({ text, failed: true }),
    )
    return () => {
      current = false
    }
  }, [text])

  if (drawn && 'failed' in drawn)
    return (
      <div className="qr qr--empty" role="alert">
        {t('connect.qr.failed')}
      </div>
    )
  if (!drawn) return <div className="qr qr--empty" aria-busy="true" />
  return <img className="qr" src={drawn.source} alt={t('connect.qr.alt')} data-qr-text={drawn.text} />
}
