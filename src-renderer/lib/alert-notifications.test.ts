import { describe, expect, it, vi } from 'vitest'
import type { AlertNotice } from '../../src-shared/domain/alerts'
import { phrase } from '../../src-shared/i18n/phrase'
import { setPhraseLocale } from '../i18n/phrases'
import { createAlertNotifier } from './alert-notifications'
import type { NotificationApi, ShownNotification } from './reply-notifications'

type Shown = ShownNotification & { title: string; options?: NotificationOptions; closed: boolean }

function fakeNotifications(permission: NotificationPermission): { api: NotificationApi; shown: Shown[] } {
  const shown: Shown[] = []
  class FakeNotification {
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
  }
  return { api: FakeNotification, shown }
}

const notice = (change: Partial<AlertNotice> = {}): AlertNotice => ({
  ruleId: 1,
  deliveryId: 'd-1',
  event: 'finished',
  test: false,
  dryRun: true,
  title: 'Campaign finished: Spring sale (dry run)',
  body: '48 of 50 messages sent, 2 failed, 0 skipped.',
  campaignId: 7,
  ...change,
})

describe('createAlertNotifier', () => {
  it('shows the alert once notifications are allowed, and opens its campaign when clicked', () => {
    const { api, shown } = fakeNotifications('granted')
    const open = vi.fn()
    const focus = vi.fn()
    const notify = createAlertNotifier({ notifications: api, open, focus })
    notify(notice())
    notify(
      notice({
        deliveryId: 'd-2',
        campaignId: null,
        event: 'disconnected',
        title: 'WhatsApp disconnected: Shop',
      }),
    )
    expect(shown.map((n) => [n.title, n.options?.body])).toEqual([
      ['Campaign finished: Spring sale (dry run)', '48 of 50 messages sent, 2 failed, 0 skipped.'],
      ['WhatsApp disconnected: Shop', '48 of 50 messages sent, 2 failed, 0 skipped.'],
    ])
    shown[0]?.onclick?.(new Event('click', { cancelable: true }))
    shown[1]?.onclick?.(new Event('click', { cancelable: true }))
    expect(open.mock.calls).toEqual([['/campaigns/7'], ['/alerts']])
    expect(focus).toHaveBeenCalledTimes(2)
    expect(shown[0]?.closed).toBe(true)
  })

  it('words the alert in the window’s language, from the phrases it came with', () => {
    const { api, shown } = fakeNotifications('granted')
    setPhraseLocale('es')
    const notify = createAlertNotifier({ notifications: api, open: vi.fn(), focus: vi.fn() })
    notify(
      notice({
        titlePhrase: phrase('notices.finished.title', { campaign: 'Spring sale', dryRun: 'yes' }),
        bodyPhrases: [phrase('notices.finished.summary', { sent: 48, total: 50, failed: 2, skipped: 0 })],
      }),
    )
    // An alert from an older Herald, without phrases, reads as it came
    notify(notice({ deliveryId: 'd-2' }))
    setPhraseLocale('en')
    expect(shown.map((n) => [n.title, n.options?.body])).toEqual([
      ['Campaña terminada: Spring sale (prueba)', 'Enviados: 48 de 50 mensajes. Fallidos: 2. Omitidos: 0.'],
      ['Campaign finished: Spring sale (dry run)', '48 of 50 messages sent, 2 failed, 0 skipped.'],
    ])
  })

  it('shows nothing where notifications are not allowed or not there', () => {
    for (const permission of ['default', 'denied'] as const) {
      const { api, shown } = fakeNotifications(permission)
      expect(createAlertNotifier({ notifications: api, open: vi.fn(), focus: vi.fn() })(notice())).toBeNull()
      expect(shown).toEqual([])
    }
    expect(createAlertNotifier({ notifications: null, open: vi.fn(), focus: vi.fn() })(notice())).toBeNull()
  })
})
