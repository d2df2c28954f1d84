import { useState } from 'react'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import type { Result } from '../../../src-shared/ipc/result'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { firstNumberId } from '../../state/numbers-slice'
import { useStore } from '../../state/store'
import type { ConnectAction } from './connection-view'
import { isNotOlder } from './connection-view'

/** The actions that are a request to the main process (the Settings link is a plain link). */
export type RequestAction = Exclude<ConnectAction, 'browser_settings'>

export type ConnectActions = {
  /** The request in flight, if any. */
  pending: RequestAction | null
  error: string | null
  /** The last request that went through: after Disconnect, the card says the login is kept. */
  lastDone: RequestAction | null
  run: (action: RequestAction) => Promise<boolean>
}

/** Which failure sentence (connect.failure.*) a refused request gets: every kind of connect is "start". */
const failures: Record<RequestAction, string> = {
  connect: 'start',
  retry: 'start',
  retry_now: 'start',
  reconnect: 'start',
  scan_again: 'start',
  clear_cache: 'clearCache',
  cancel: 'cancel',
  disconnect: 'disconnect',
  logout: 'logout',
}

/** The first number keeps the channels it always had ('whatsapp:*'); a later one is named in 'accounts:*'. */
function request(accountId: number, action: RequestAction): Promise<Result<WhatsAppState>> {
  if (accountId === firstNumberId) {
    if (action === 'cancel' || action === 'disconnect') return api.invoke('whatsapp:cancel', {})
    if (action === 'logout') return api.invoke('whatsapp:logout', {})
    if (action === 'clear_cache') return api.invoke('whatsapp:connect', { clearCache: true })
    return api.invoke('whatsapp:connect', {})
  }
  if (action === 'cancel' || action === 'disconnect') return api.invoke('accounts:disconnect', { accountId })
  if (action === 'logout') return api.invoke('accounts:logout', { accountId })
  if (action === 'clear_cache') return api.invoke('accounts:connect', { accountId, clearCache: true })
  return api.invoke('accounts:connect', { accountId })
}

/** Shows a request's answer, unless a state pushed while it was in flight is newer. */
export function showAnswer(accountId: number, state: WhatsAppState): void {
  const store = useStore.getState()
  if (accountId === firstNumberId) {
    if (isNotOlder(state, store.whatsapp)) store.setWhatsAppState(state)
  } else if (isNotOlder(state, store.numberStates[accountId] ?? null)) store.setNumberState(accountId, state)
}

/** Connect, cancel, disconnect and log out one number; progress itself arrives as state events into the store. */
export function useConnectActions(accountId: number = firstNumberId): ConnectActions {
  const t = useT()
  const [pending, setPending] = useState<RequestAction | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [lastDone, setLastDone] = useState<RequestAction | null>(null)

  const run = async (action: RequestAction): Promise<boolean> => {
    setPending(action)
    setError(null)
    const result = await request(accountId, action)
    setPending((current) => (current === action ? null : current))
    if (!result.ok) {
      setError(t(`connect.failure.${failures[action]}`, { reason: result.error.message }))
      return false
    }
    setLastDone(action)
    showAnswer(accountId, result.value)
    return true
  }

  return { pending, error, lastDone, run }
}
