import type { StateCreator } from 'zustand'
import type { AlertNotice } from '../../../src-shared/domain/alerts'
import type { Store } from '../../state/store'

/** The most alert notes shown at once in Herald's window; an older one makes room for a new one. */
export const maxAlertToasts = 3

export type AlertsSlice = {
  /** The alerts that fired while the window was open, newest last, until the user closes them. */
  alertToasts: AlertNotice[]
  showAlertToast: (notice: AlertNotice) => void
  dismissAlertToast: (deliveryId: string) => void
}

export const createAlertsSlice: StateCreator<Store, [], [], AlertsSlice> = (set) => ({
  alertToasts: [],
  showAlertToast(notice) {
    set((state) => ({
      alertToasts: [...state.alertToasts.filter((t) => t.deliveryId !== notice.deliveryId), notice].slice(
        -maxAlertToasts,
      ),
    }))
  },
  dismissAlertToast(deliveryId) {
    set((state) => ({ alertToasts: state.alertToasts.filter((t) => t.deliveryId !== deliveryId) }))
  },
})
