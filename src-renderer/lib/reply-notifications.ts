import { createIntl } from '@formatjs/intl'
import { replyNotice } from '../../src-shared/domain/reply-notice'
import type { Locale } from '../../src-shared/i18n/locales'
import { locales } from '../../src-shared/i18n/locales'
import type { EventPayload } from '../../src-shared/ipc/contract'
import { messagesFor } from '../i18n/catalogues'
import { translateWith } from '../i18n/use-t'
import type { Translate } from '../i18n/use-t'

export type NewReply = EventPayload<'inbox:reply'>

/** What Herald uses of the browser's Notification API; a test hands in a fake. */
export type ShownNotification = { onclick: ((event: Event) => void) | null; close(): void }
export type NotificationApi = {
  readonly permission: NotificationPermission
  requestPermission(): Promise<NotificationPermission>
  new (title: string, options?: NotificationOptions): ShownNotification
}

/** The browser's Notification API, or null where it has none (an old browser, a page not served securely). */
export function browserNotifications(): NotificationApi | null {
  return typeof Notification === 'function' ? Notification : null
}

/** Where notifications stand in this browser, in the words of the Inbox's button. */
export type NotificationPermissionState = 'unsupported' | NotificationPermission

export function notificationPermission(notifications: NotificationApi | null): NotificationPermissionState {
  return notifications ? notifications.permission : 'unsupported'
}

type NotifierOptions = {
  notifications: NotificationApi | null
  /** Shows the conversation: the window comes to the front and the Inbox opens it. */
  open: (conversationId: number) => void
  focus: () => void
  /** The notification's words; the window's language (the document's lang) when left out. */
  t?: Translate
}

/** Herald's words in the language the window shows now (the I18nProvider sets the document's lang). */
function windowLanguage(): Translate {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang
  const locale: Locale = locales.find((l) => l === lang) ?? 'en'
  const intl = createIntl({ locale, defaultLocale: 'en', messages: messagesFor(locale) })
  return translateWith(intl)
}

/** The reply's notification in the window's language: who replied, and the start of what they said. */
export function replyNoticeWords(t: Translate, reply: NewReply): { title: string; body: string } {
  // The body (what they wrote, shortened) is the shared rule's; only Herald's own words are translated
  const { body } = replyNotice(reply)
  const who = reply.name?.trim() || reply.phone
  return {
    title: reply.rehearsal ? t('inbox.notice.titleRehearsal', { who }) : t('inbox.notice.title', { who }),
    body: reply.text.trim() === '' ? t('inbox.notice.openInbox') : body,
  }
}

/**
 * The browser run's desktop notification for a new reply: only when Settings → Inbox wants one for it
 * (`notify`, decided by Herald) and the user allowed notifications, which is asked only from the Inbox's
 * button, never on load. Clicking it brings the window forward on that conversation.
 */
export function createReplyNotifier(options: NotifierOptions): (reply: NewReply) => ShownNotification | null {
  return (reply) => {
    const { notifications } = options
    if (!reply.notify || !notifications || notifications.permission !== 'granted') return null
    const { title, body } = replyNoticeWords(options.t ?? windowLanguage(), reply)
    // One per conversation: a second reply replaces the first rather than stacking up
    const shown = new notifications(title, { body, tag: `herald-conversation-${reply.conversationId}` })
    shown.onclick = (event) => {
      event.preventDefault()
      options.focus()
      options.open(reply.conversationId)
      shown.close()
    }
    return shown
  }
}
