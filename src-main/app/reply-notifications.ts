import { Notification } from 'electron'
import type { Locale } from '../../src-shared/i18n/locales'
import { sayIn } from '../../src-shared/i18n/wording'
import type { EventPayload } from '../../src-shared/ipc/contract'
import { replyNotice } from '../../src-shared/domain/reply-notice'
import type { EventHub } from '../events'

type NewReply = EventPayload<'inbox:reply'>

export type ReplyNotificationOptions = {
  /** The shown workspace's events: a reply there is the one the window would open. */
  events: Pick<EventHub, 'subscribe'>
  /** Brings the window forward on the conversation. */
  open: (conversationId: number) => void
  /** The language of the notification (Settings' `app.language` as notice-language.ts resolves it); English when left out. */
  language?: () => Locale
}

// Electron forgets a notification's click handler once nothing holds the notification, so the last few
// are kept until they are clicked or closed.
const keep = 20

/**
 * The desktop app's notification for a new reply, when Settings → Inbox wants one (`notify`, decided by
 * the Inbox service), in the user's language. Clicking it brings Herald's window forward on that conversation. Returns the
 * function that stops listening.
 */
export function notifyReplies(options: ReplyNotificationOptions): () => void {
  if (!Notification.isSupported()) return () => undefined
  const shown = new Set<Notification>()
  return options.events.subscribe((event, payload) => {
    if (event !== 'inbox:reply') return
    const reply = payload as NewReply
    if (!reply.notify) return
    const language = options.language?.() ?? 'en'
    const notification = new Notification(replyNotice(reply, (said) => sayIn(language, said)))
    const forget = (): void => void shown.delete(notification)
    notification.on('click', () => {
      forget()
      options.open(reply.conversationId)
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
