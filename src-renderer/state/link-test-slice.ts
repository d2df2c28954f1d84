import type { StateCreator } from 'zustand'
import type { LinkTest } from '../../src-shared/domain/link-test'
import type { Result } from '../../src-shared/ipc/result'
import { api } from '../lib/api'
import type { Loadable } from './app-slice'
import { later, sentAt } from './link-test-dates'
import type { Store } from './store'

/**
 * The test message ("Send a test message" on Connect): the latest test of this run, and when one last went
 * out on the WhatsApp login linked now. The Connect screen shows the test; the new-campaign form offers a
 * test when none ever went out. Both read it here, so it lives beside the connection state.
 */
export type LinkTestSlice = {
  linkTest: LinkTest | null
  /** When a test message last went out on this login (ISO), or null: never. */
  linkTestLastSuccessAt: string | null
  linkTestStatus: Loadable
  loadLinkTestStatus: () => Promise<void>
  /** A 'whatsapp:test-progress' event, or the answer to a send. */
  setLinkTest: (test: LinkTest) => void
  sendLinkTest: (to: string) => Promise<Result<LinkTest>>
}

export const createLinkTestSlice: StateCreator<Store, [], [], LinkTestSlice> = (set) => {
  // A pushed step is newer than a status read that was already on its way; this tells them apart.
  let pushes = 0

  const show = (test: LinkTest): void => {
    pushes += 1
    set((state) => ({
      linkTest: test,
      linkTestLastSuccessAt: later(state.linkTestLastSuccessAt, sentAt(test)),
    }))
  }

  return {
    linkTest: null,
    linkTestLastSuccessAt: null,
    linkTestStatus: 'idle',
    async loadLinkTestStatus() {
      const asked = pushes
      set((state) => (state.linkTestStatus === 'loaded' ? {} : { linkTestStatus: 'loading' }))
      const result = await api.invoke('whatsapp:test-status', {})
      if (!result.ok) {
        set((state) => (state.linkTestStatus === 'loaded' ? {} : { linkTestStatus: 'failed' }))
        return
      }
      const { latest, lastSuccessAt } = result.value
      if (pushes === asked)
        // The login may have changed since the last read: its date replaces ours rather than adding to it
        set({ linkTest: latest, linkTestLastSuccessAt: lastSuccessAt, linkTestStatus: 'loaded' })
      else
        set((state) => ({
          linkTestLastSuccessAt: later(state.linkTestLastSuccessAt, lastSuccessAt),
          linkTestStatus: 'loaded',
        }))
    },
    setLinkTest: show,
    async sendLinkTest(to) {
      const typed = to.trim()
      const result = await api.invoke('whatsapp:send-test', typed ? { to: typed } : {})
      if (result.ok) show(result.value)
      return result
    },
  }
}
