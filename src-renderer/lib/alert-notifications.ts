import type { AlertNotice } from '../../src-shared/domain/alerts'
import type { NotificationApi, ShownNotification } from './reply-notifications'

type NotifierOptions = {
  notifications: NotificationApi | null
  /** Shows what the alert is about: the window comes to the front on that screen. */
  open: (path: string) => void
  focus: () => void
}

/** Where an alert takes the user: its campaign's live view, or the Alerts screen. */
export const alertPath = (notice: Pick<AlertNotice, 'campaignId'>): string =>
  notice.campaignId === null ? '/alerts' : `/campaigns/${notice.campaignId}`

/**
 * The browser run's desktop notification for an alert rule that asked for one, once the user allowed
 * notifications (asked only from a button, never on load). Clicking it brings the window forward on what the
 * alert is about. The desktop app's notifications come from the main process instead.
 */
export function createAlertNotifier(
  options: NotifierOptions,
): (notice: AlertNotice) => ShownNotification | null {
  return (notice) => {
    const { notifications } = options
    if (!notifications || notifications.permission !== 'granted') return null
    const shown = new notifications(notice.title, {
      body: notice.body,
      tag: `herald-alert-${notice.deliveryId}`,
    })
    shown.onclick = (event) => {
      event.preventDefault()
      options.focus()
      options.open(alertPath(notice))
      shown.close()
    }
    return shown
  }
}
