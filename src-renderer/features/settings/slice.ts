import type { StateCreator } from 'zustand'
import type { Settings, SettingsPatch } from '../../../src-shared/domain/settings'
import type { Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import type { Loadable } from '../../state/app-slice'
import type { Store } from '../../state/store'

export type SettingsSlice = {
  /** The settings as Herald last stored them; the form's unsaved edits stay in the form. */
  settings: Settings | null
  settingsStatus: Loadable
  settingsError: string | null
  loadSettings: () => Promise<void>
  saveSettings: (values: SettingsPatch) => Promise<Result<Settings>>
  resetSettings: () => Promise<Result<Settings>>
  setSettings: (settings: Settings) => void
}

export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set) => ({
  settings: null,
  settingsStatus: 'idle',
  settingsError: null,
  async loadSettings() {
    // Settings already on screen stay there while they are read again, so the form keeps its edits.
    set((state) =>
      state.settings ? { settingsError: null } : { settingsStatus: 'loading', settingsError: null },
    )
    const result = await api.invoke('settings:get', {})
    if (result.ok) set({ settings: result.value, settingsStatus: 'loaded' })
    else
      set((state) =>
        state.settings ? {} : { settingsStatus: 'failed', settingsError: result.error.message },
      )
  },
  async saveSettings(values) {
    const result = await api.invoke('settings:update', { values })
    if (result.ok) set({ settings: result.value, settingsStatus: 'loaded' })
    return result
  },
  async resetSettings() {
    const result = await api.invoke('settings:reset', {})
    if (result.ok) set({ settings: result.value, settingsStatus: 'loaded' })
    return result
  },
  setSettings(settings) {
    set({ settings, settingsStatus: 'loaded', settingsError: null })
  },
})
