import { useState } from 'react'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import type { Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import { useStore } from '../../state/store'
import type { ConnectAction } from './connection-view'
import { isNotOlder } from './connection-view'

/** The actions that are a request to the main process (the Settings link is a plain link). */
export type RequestAction = Exclude<ConnectAction, 'browser_settings'>

export type ConnectActions = {
  /** The request in flight, if any. */
  pending: RequestAction | null
  error: string | null
  run: (action: RequestAction) => Promise<boolean>
}

const failures: Record<RequestAction, string> = {
  connect: 'Could not start connecting.',
  retry: 'Could not start connecting.',
  retry_now: 'Could not start connecting.',
  reconnect: 'Could not start connecting.',
  scan_again: 'Could not start connecting.',
  clear_cache: 'Could not clear the cache and connect.',
  cancel: 'Could not cancel.',
  logout: 'Could not log out.',
}

function request(action: RequestAction): Promise<Result<WhatsAppState>> {
  if (action === 'cancel') return api.invoke('whatsapp:cancel', {})
  if (action === 'logout') return api.invoke('whatsapp:logout', {})
  if (action === 'clear_cache') return api.invoke('whatsapp:connect', { clearCache: true })
  return api.invoke('whatsapp:connect', {})
}

/** Connect, cancel and log out; progress itself arrives as 'whatsapp:state' events into the store. */
export function useConnectActions(): ConnectActions {
  const [pending, setPending] = useState<RequestAction | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async (action: RequestAction): Promise<boolean> => {
    setPending(action)
    setError(null)
    const result = await request(action)
    setPending((current) => (current === action ? null : current))
    if (!result.ok) {
      setError(`${failures[action]} ${result.error.message}`)
      return false
    }
    const store = useStore.getState()
    if (isNotOlder(result.value, store.whatsapp)) store.setWhatsAppState(result.value)
    return true
  }

  return { pending, error, run }
}
