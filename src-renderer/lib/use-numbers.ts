import { useMemo } from 'react'
import type { AccountView } from '../../src-shared/domain/accounts'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { firstNumberId } from '../state/numbers-slice'
import { useStore } from '../state/store'
import { useQuery } from './query'
import type { Query } from './query'

/** Whether a pushed state may replace the one the list was read with (a state without a date always may). */
function newer(pushed: WhatsAppState, listed: WhatsAppState): boolean {
  return !pushed.since || !listed.since || pushed.since >= listed.since
}

/**
 * The numbers as read, each with its connection as it is now: the first number's is the header's own state
 * ('whatsapp:state'), a later one's the last 'accounts:state' pushed since the list was read.
 */
export function withLiveStates(
  listed: readonly AccountView[],
  first: WhatsAppState | null,
  pushed: Readonly<Record<number, WhatsAppState>>,
): AccountView[] {
  return listed.map((account) => {
    const live = account.id === firstNumberId ? first : (pushed[account.id] ?? null)
    if (!live) return account
    if (account.id !== firstNumberId && !newer(live, account.state)) return account
    return { ...account, state: live }
  })
}

/** The sending numbers of this workspace, read again when one changes and whenever a screen opens. */
export function useNumbers(): Query<AccountView[]> {
  const read = useQuery('accounts:list', {}, { invalidateOn: ['accounts:changed', 'accounts:state'] })
  const first = useStore((state) => state.whatsapp)
  const pushed = useStore((state) => state.numberStates)
  const listed = read.data
  const data = useMemo(
    () => (listed ? withLiveStates(listed, first, pushed) : undefined),
    [listed, first, pushed],
  )
  return { ...read, data }
}
