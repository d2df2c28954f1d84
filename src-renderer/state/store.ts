import { create } from 'zustand'
import { createSettingsSlice } from '../features/settings/slice'
import type { SettingsSlice } from '../features/settings/slice'
import { createAppSlice } from './app-slice'
import type { AppSlice } from './app-slice'

export type Store = AppSlice & SettingsSlice

/** The renderer's one store; components select the few fields they need. */
export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
  ...createSettingsSlice(...args),
}))
