import { Notification } from 'electron'
import type { AlertNotice } from '../../src-shared/domain/alerts'
import { alertNoticeWords } from '../../src-shared/domain/notice-words'
import type { Locale } from '../../src-shared/i18n/locales'
import type { EventHub } from '../events'
import { sayingIn } from './notice-language'

export type AlertNotificationOptions = {
  /** The shown workspace's events. */
  events: Pick<EventHub, 'subscribe'>
  /** Brings Herald's window forward (opening one on `path` when there is none). */
  open: (path: string) => void
  /** The language of the notification (Settings' `app.language` as notice-language.ts resolves it); English when left out. */
  language?: () => Locale
}

// Electron forgets a notification's click handler once nothing holds the notification, so the last few
// are kept until they are clicked or closed.
const keep = 20

/** Where clicking an alert takes the user: its campaign's live view, or the Alerts screen. */
export const alertPath = (notice: Pick<AlertNotice, 'campaignId'>): string =>
  notice.campaignId === null ? '/alerts' : `/campaigns/${notice.campaignId}`

/**
 * The desktop app's notification for an alert rule that fired (the rule asked for one: the Alerts service
 * emits 'alerts:notify' only then), in the user's language. Clicking it brings Herald's window forward.
 * Returns the function that stops listening.
 */
export function notifyAlerts(options: AlertNotificationOptions): () => void {
  if (!Notification.isSupported()) return () => undefined
  const shown = new Set<Notification>()
  return options.events.subscribe((event, payload) => {
    if (event !== 'alerts:notify') return
    const notice = payload as AlertNotice
    const words = alertNoticeWords(notice, sayingIn(options.language?.() ?? 'en'))
    const notification = new Notification(words)
    const forget = (): void => void shown.delete(notification)
    notification.on('click', () => {
      forget()
      options.open(alertPath(notice))
    })
    notification.on('close', forget)
    shown.add(notification)
    for (const old of shown) {
      if (shown.size <= keep) break
      shown.delete(old)
    }
    notification.show()
  })
}
