import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { statusLabels } from '../../src-shared/domain/whatsapp'
import type { WhatsAppStatus } from '../../src-shared/domain/whatsapp'
import { useStore } from '../state/store'

type Tone = 'ok' | 'busy' | 'idle' | 'bad'

const tones: Record<WhatsAppStatus, Tone> = {
  ready: 'ok',
  starting: 'busy',
  waiting_for_scan: 'busy',
  authenticating: 'busy',
  syncing: 'busy',
  not_connected: 'idle',
  disconnected: 'bad',
  auth_failure: 'bad',
}

function useBadge(): { label: string; tone: Tone } {
  const whatsapp = useStore((state) => state.whatsapp)
  const status = useStore((state) => state.whatsappStatus)
  if (whatsapp) return { label: statusLabels[whatsapp.status], tone: tones[whatsapp.status] }
  if (status === 'failed') return { label: 'Status unavailable', tone: 'idle' }
  return { label: 'Checking…', tone: 'idle' }
}

/** The WhatsApp connection, visible on every screen; it leads to Connect, where it can be changed. */
export function WhatsAppBadge(): ReactElement {
  const { label, tone } = useBadge()
  return (
    <Link to="/connect" className={`wa-badge wa-badge--${tone}`} title="Open the Connect screen">
      <span role="status" aria-label={`WhatsApp: ${label}`} className="wa-badge__content">
        <span className="wa-badge__dot" aria-hidden="true" />
        <span className="wa-badge__prefix">WhatsApp:</span> <span className="wa-badge__label">{label}</span>
      </span>
    </Link>
  )
}
