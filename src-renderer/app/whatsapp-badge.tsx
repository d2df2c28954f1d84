import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { badgeView, numbersBadgeView } from '../features/connect/connection-view'
import { useNumbers } from '../lib/use-numbers'
import { useStore } from '../state/store'

/**
 * The WhatsApp connection, visible on every screen; it leads to Connect, where it can be changed. With
 * several sending numbers it counts the connected ones, and its hint names the first one with a problem.
 */
export function WhatsAppBadge(): ReactElement {
  const whatsapp = useStore((state) => state.whatsapp)
  const failed = useStore((state) => state.whatsappStatus === 'failed')
  const numbers = useNumbers().data ?? []
  const several = numbers.length > 1
  const { label, tone } = several
    ? numbersBadgeView(numbers.map((n) => n.state))
    : badgeView(whatsapp, failed)
  const troubled = several ? numbers.find((n) => n.state.problem) : null
  const hint =
    tone !== 'bad'
      ? 'Open the Connect screen'
      : troubled?.state.problem
        ? `${troubled.name}: ${troubled.state.problem.message}`
        : (whatsapp?.problem?.message ?? 'Open the Connect screen')
  return (
    <Link to="/connect" className={`wa-badge wa-badge--${tone}`} title={hint}>
      <span role="status" aria-label={`WhatsApp: ${label}`} className="wa-badge__content">
        <span className="wa-badge__dot" aria-hidden="true" />
        <span className="wa-badge__prefix">WhatsApp:</span> <span className="wa-badge__label">{label}</span>
      </span>
    </Link>
  )
}
