import { describe, expect, it, vi } from 'vitest'
import type { AccountView } from '../../src-shared/domain/accounts'
import { notConnected } from '../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { withLiveStates } from './use-numbers'

vi.mock('./api', () => import('../state/fake-api.test-support'))

const at = (second: number): string => new Date(Date.UTC(2026, 11, 6, 12, 0, second)).toISOString()
const state = (status: WhatsAppState['status'], second: number): WhatsAppState => ({
  ...notConnected,
  status,
  since: at(second),
})
const number = (id: number, listed: WhatsAppState): AccountView => ({
  id,
  name: `Number ${id}`,
  phone: null,
  createdAt: at(0),
  linkedAt: null,
  established: false,
  state: listed,
  sentToday: 0,
  dailyCap: null,
  warmUpDay: null,
  sending: false,
})

describe('withLiveStates', () => {
  it('shows the first number as the header does, and a later one as last pushed unless the list is newer', () => {
    const listed = [
      number(1, state('not_connected', 1)),
      number(2, state('starting', 10)),
      number(3, notConnected),
    ]
    const first = state('ready', 5)
    const shown = withLiveStates(listed, first, { 2: state('waiting_for_scan', 5), 3: state('syncing', 7) })
    expect(shown.map((n) => n.state.status)).toEqual(['ready', 'starting', 'syncing'])
  })

  it('keeps the list’s state while nothing was pushed', () => {
    const listed = [number(1, state('ready', 1)), number(2, state('ready', 2))]
    expect(withLiveStates(listed, null, {})).toEqual(listed)
  })
})
