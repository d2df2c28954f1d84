import { replyNotice } from '../../src-shared/domain/reply-notice'
import type { EventPayload } from '../../src-shared/ipc/contract'

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
    const { title, body } = replyNotice(reply)
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
