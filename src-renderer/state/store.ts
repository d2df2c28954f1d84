import { create } from 'zustand'
import type { StoreApi, UseBoundStore } from 'zustand'
import { createAppSlice } from './app-slice'
import type { AppSlice } from './app-slice'
import { createLinkTestSlice } from './link-test-slice'
import type { LinkTestSlice } from './link-test-slice'
import { createNumbersSlice } from './numbers-slice'
import type { NumbersSlice } from './numbers-slice'
import { createAlertsSlice } from '../features/alerts/slice'
import type { AlertsSlice } from '../features/alerts/slice'
import { createCampaignsSlice } from '../features/campaigns/slice'
import type { CampaignsSlice } from '../features/campaigns/slice'
import { createComposeSlice } from '../features/compose/slice'
import type { ComposeSlice } from '../features/compose/slice'
import { createContactsSlice } from '../features/contacts/slice'
import type { ContactsSlice } from '../features/contacts/slice'
import { createInboxSlice } from '../features/inbox/slice'
import type { InboxSlice } from '../features/inbox/slice'
import { createSettingsSlice } from '../features/settings/slice'
import type { SettingsSlice } from '../features/settings/slice'

export type Store = AppSlice &
  LinkTestSlice &
  NumbersSlice &
  SettingsSlice &
  ContactsSlice &
  ComposeSlice &
  CampaignsSlice &
  InboxSlice &
  AlertsSlice

/** A store made of every slice; the app has one, a test makes its own. */
export function createHeraldStore(): UseBoundStore<StoreApi<Store>> {
  return create<Store>()((...args) => ({
    ...createAppSlice(...args),
    ...createLinkTestSlice(...args),
    ...createNumbersSlice(...args),
    ...createSettingsSlice(...args),
    ...createContactsSlice(...args),
    ...createComposeSlice(...args),
    ...createCampaignsSlice(...args),
    ...createInboxSlice(...args),
    ...createAlertsSlice(...args),
  }))
}

/** The renderer's one store; components select the few fields they need. */
export const useStore = createHeraldStore()
