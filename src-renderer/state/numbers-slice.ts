import type { StateCreator } from 'zustand'
import type { LinkTest } from '../../src-shared/domain/link-test'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { Result } from '../../src-shared/ipc/result'
import { api } from '../lib/api'
import type { Store } from './store'

/** The first number: its connection is `whatsapp` and its test `linkTest`, as before there were several. */
export const firstNumberId = 1

/**
 * The later sending numbers' connections and test messages, as pushed ('accounts:state',
 * 'accounts:test-progress'). The list of numbers itself is server state, read through lib/use-numbers.
 */
export type NumbersSlice = {
  numberStates: Record<number, WhatsAppState>
  numberTests: Record<number, LinkTest>
  setNumberState: (accountId: number, state: WhatsAppState) => void
  setNumberTest: (accountId: number, test: LinkTest) => void
  /** Sends a test message from a number; the first number's goes through its own slice, as it always did. */
  sendNumberTest: (accountId: number, to: string) => Promise<Result<LinkTest>>
}

export const createNumbersSlice: StateCreator<Store, [], [], NumbersSlice> = (set, get) => ({
  numberStates: {},
  numberTests: {},
  setNumberState(accountId, state) {
    // The first number's state arrives as 'whatsapp:state' too, which is the one the screens follow
    if (accountId === firstNumberId) return
    set((s) => ({ numberStates: { ...s.numberStates, [accountId]: state } }))
  },
  setNumberTest(accountId, test) {
    if (accountId === firstNumberId) return
    set((s) => ({ numberTests: { ...s.numberTests, [accountId]: test } }))
  },
  async sendNumberTest(accountId, to) {
    if (accountId === firstNumberId) return get().sendLinkTest(to)
    const typed = to.trim()
    const result = await api.invoke('accounts:send-test', typed ? { accountId, to: typed } : { accountId })
    if (result.ok) get().setNumberTest(accountId, result.value)
    return result
  },
})
