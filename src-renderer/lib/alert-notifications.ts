import type { AlertNotice } from '../../src-shared/domain/alerts'
import { alertNoticeWords } from '../../src-shared/domain/notice-words'
import type { SayPhrase } from '../../src-shared/domain/notice-words'
import { sayPhrase } from '../i18n/phrases'
import type { NotificationApi, ShownNotification } from './reply-notifications'

type NotifierOptions = {
  notifications: NotificationApi | null
  /** Shows what the alert is about: the window comes to the front on that screen. */
  open: (path: string) => void
  focus: () => void
  /** The notification's words; the window's language when left out. */
  say?: SayPhrase
}

/** Where an alert takes the user: its campaign's live view, or the Alerts screen. */
export const alertPath = (notice: Pick<AlertNotice, 'campaignId'>): string =>
  notice.campaignId === null ? '/alerts' : `/campaigns/${notice.campaignId}`

/**
 * The browser run's desktop notification for an alert rule that asked for one, once the user allowed
 * notifications (asked only from a button, never on load), in the window's language. Clicking it brings the
 * window forward on what the alert is about. The desktop app's notifications come from the main process instead.
 */
export function createAlertNotifier(
  options: NotifierOptions,
): (notice: AlertNotice) => ShownNotification | null {
  return (notice) => {
    const { notifications } = options
    if (!notifications || notifications.permission !== 'granted') return null
    const { title, body } = alertNoticeWords(notice, options.say ?? sayPhrase)
    const shown = new notifications(title, { body, tag: `herald-alert-${notice.deliveryId}` })
    shown.onclick = (event) => {
      event.preventDefault()
      options.focus()
      options.open(alertPath(notice))
      shown.close()
    }
    return shown
  }
}
