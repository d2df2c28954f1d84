import type { StateCreator } from 'zustand'
import type { AppInfo } from '../../src-shared/domain/app-info'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { api } from '../lib/api'
import type { ConnectionStatus } from '../lib/api'
import type { Store } from './store'

export type Loadable = 'idle' | 'loading' | 'loaded' | 'failed'

export type AppSlice = {
  appInfo: AppInfo | null
  appInfoStatus: Loadable
  appInfoError: string | null
  whatsapp: WhatsAppState | null
  whatsappStatus: Loadable
  connection: ConnectionStatus
  loadAppInfo: () => Promise<void>
  loadWhatsAppState: () => Promise<void>
  setWhatsAppState: (state: WhatsAppState) => void
  setConnection: (status: ConnectionStatus) => void
}

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  appInfo: null,
  appInfoStatus: 'idle',
  appInfoError: null,
  whatsapp: null,
  whatsappStatus: 'idle',
  connection: 'connecting',
  async loadAppInfo() {
    set({ appInfoStatus: 'loading', appInfoError: null })
    const result = await api.invoke('app:get-info', {})
    if (result.ok) set({ appInfo: result.value, appInfoStatus: 'loaded' })
    else set({ appInfoStatus: 'failed', appInfoError: result.error.message })
  },
  async loadWhatsAppState() {
    set((state) => ({ whatsappStatus: state.whatsapp ? 'loaded' : 'loading' }))
    const result = await api.invoke('whatsapp:get-state', {})
    if (result.ok) set({ whatsapp: result.value, whatsappStatus: 'loaded' })
    else set((state) => ({ whatsappStatus: state.whatsapp ? 'loaded' : 'failed' }))
  },
  setWhatsAppState(whatsapp) {
    set({ whatsapp, whatsappStatus: 'loaded' })
  },
  setConnection(connection) {
    set({ connection })
  },
})
