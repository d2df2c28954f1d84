import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { badgeView } from '../features/connect/connection-view'
import { useStore } from '../state/store'

/** The WhatsApp connection, visible on every screen; it leads to Connect, where it can be changed. */
export function WhatsAppBadge(): ReactElement {
  const whatsapp = useStore((state) => state.whatsapp)
  const failed = useStore((state) => state.whatsappStatus === 'failed')
  const { label, tone } = badgeView(whatsapp, failed)
  const hint = whatsapp?.problem && tone === 'bad' ? whatsapp.problem.message : 'Open the Connect screen'
  return (
    <Link to="/connect" className={`wa-badge wa-badge--${tone}`} title={hint}>
      <span role="status" aria-label={`WhatsApp: ${label}`} className="wa-badge__content">
        <span className="wa-badge__dot" aria-hidden="true" />
        <span className="wa-badge__prefix">WhatsApp:</span> <span className="wa-badge__label">{label}</span>
      </span>
    </Link>
  )
}
