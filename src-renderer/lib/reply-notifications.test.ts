import { describe, expect, it, vi } from 'vitest'
import { translator } from '../i18n/translate.test-support'
import { createReplyNotifier, notificationPermission, replyNoticeWords } from './reply-notifications'
import type { NewReply, NotificationApi, ShownNotification } from './reply-notifications'

/** A stand-in for the browser's Notification: keeps what was shown, and lets the test click it. */
function fakeNotifications(permission: NotificationPermission): {
  api: NotificationApi
  shown: FakeNotification[]
} {
  const shown: FakeNotification[] = []
  class FakeNotification implements ShownNotification {
    static permission = permission
    static requestPermission = vi.fn(() => Promise.resolve(permission))
    onclick: ((event: Event) => void) | null = null
    closed = false
    constructor(
      readonly title: string,
      readonly options?: NotificationOptions,
    ) {
      shown.push(this)
    }
    close(): void {
      this.closed = true
    }
    click(): Event {
      const event = new Event('click', { cancelable: true })
      this.onclick?.(event)
      return event
    }
  }
  return { api: FakeNotification, shown }
}

type FakeNotification = ShownNotification & {
  title: string
  options?: NotificationOptions
  closed: boolean
  click(): Event
}

const reply = (change: Partial<NewReply> = {}): NewReply => ({
  conversationId: 7,
  name: 'Rosa Flores',
  phone: '+447911200105',
  text: 'How much is it?',
  status: 'new',
  rehearsal: false,
  notify: true,
  ...change,
})

function notifier(permission: NotificationPermission) {
  const fake = fakeNotifications(permission)
  const open = vi.fn()
  const focus = vi.fn()
  const notify = createReplyNotifier({ notifications: fake.api, open, focus })
  return { ...fake, open, focus, notify }
}

describe('createReplyNotifier', () => {
  it('shows who replied and what they said, once the user allowed notifications', () => {
    const { notify, shown } = notifier('granted')
    notify(reply())
    expect(shown).toHaveLength(1)
    expect(shown[0]?.title).toBe('Rosa Flores replied')
    expect(shown[0]?.options).toMatchObject({ body: 'How much is it?', tag: 'herald-conversation-7' })
  })

  it("words the notification in the window's language", () => {
    const fake = fakeNotifications('granted')
    const t = translator('es')
    createReplyNotifier({ notifications: fake.api, open: vi.fn(), focus: vi.fn(), t })(reply())
    expect(fake.shown[0]?.title).toBe('Rosa Flores respondió')
    expect(replyNoticeWords(translator('ar'), reply({ text: ' ', rehearsal: true }))).toEqual({
      title: 'ردّ Rosa Flores (تجربة)',
      body: 'افتح صندوق الوارد لتراه.',
    })
  })

  it('shows nothing when Herald says this reply is not for a notification', () => {
    const { notify, shown } = notifier('granted')
    expect(notify(reply({ notify: false }))).toBeNull()
    expect(shown).toHaveLength(0)
  })

  it.each(['default', 'denied'] as const)('shows nothing while the permission is %s', (permission) => {
    const { notify, shown } = notifier(permission)
    expect(notify(reply())).toBeNull()
    expect(shown).toHaveLength(0)
  })

  it('does nothing in a browser without notifications', () => {
    const open = vi.fn()
    const notify = createReplyNotifier({ notifications: null, open, focus: vi.fn() })
    expect(notify(reply())).toBeNull()
    expect(notificationPermission(null)).toBe('unsupported')
  })

  it('brings the window forward on the conversation when clicked, and goes away', () => {
    const { notify, shown, open, focus } = notifier('granted')
    notify(reply({ conversationId: 42 }))
    const event = shown[0]?.click()
    expect(focus).toHaveBeenCalledTimes(1)
    expect(open).toHaveBeenCalledWith(42)
    expect(shown[0]?.closed).toBe(true)
    // The browser would otherwise focus a tab of its own choosing
    expect(event?.defaultPrevented).toBe(true)
  })
})
