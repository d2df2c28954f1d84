import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AlertNotice } from '../../src-shared/domain/alerts'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { EventHub } from '../events'
import { notifyAlerts } from './alert-notifications'
import { Notification, resetElectronFake } from './fake-electron.test-support'

vi.mock('electron', () => import('./fake-electron.test-support'))

const notice = (change: Partial<AlertNotice> = {}): AlertNotice => ({
  ruleId: 1,
  deliveryId: '6f1c1e9a-3b4d-4c2e-9f0a-7d8e9b0c1d2e',
  event: 'finished',
  test: false,
  dryRun: true,
  title: 'Campaign finished: Spring sale (dry run)',
  body: '48 of 50 messages sent, 2 failed, 0 skipped.',
  campaignId: 7,
  ...change,
})

function listening(language?: () => Locale): {
  events: EventHub
  open: ReturnType<typeof vi.fn>
  stop: () => void
} {
  const events = new EventHub()
  const open = vi.fn()
  const stop = notifyAlerts({ events, open, language })
  return { events, open, stop }
}

/** A finished campaign's notice as the Alerts service sends it: English, with its phrases. */
const finishedNotice = (): AlertNotice =>
  notice({
    titlePhrase: phrase('notices.finished.title', { campaign: 'Spring sale', dryRun: 'yes' }),
    bodyPhrases: [phrase('notices.finished.summary', { sent: 48, total: 50, failed: 2, skipped: 0 })],
  })

beforeEach(() => resetElectronFake())

describe('notifyAlerts', () => {
  it('shows an alert as a desktop notification, and nothing for other events', () => {
    const { events } = listening()
    events.emit('alerts:changed', { ruleId: 1 })
    events.emit('alerts:notify', notice())
    expect(Notification.instances).toHaveLength(1)
    expect(Notification.instances[0]?.options).toEqual({
      title: 'Campaign finished: Spring sale (dry run)',
      body: '48 of 50 messages sent, 2 failed, 0 skipped.',
    })
    expect(Notification.instances[0]?.shown).toBe(true)
  })

  it('words the notification in the language of Settings, as the window would show it', () => {
    let language: Locale = 'es'
    const { events } = listening(() => language)
    events.emit('alerts:notify', finishedNotice())
    expect(Notification.instances[0]?.options).toEqual({
      title: 'Campaña terminada: Spring sale (prueba)',
      body: 'Enviados: 48 de 50 mensajes. Fallidos: 2. Omitidos: 0.',
    })
    // Changed in Settings: the next one follows at once
    language = 'ar'
    events.emit('alerts:notify', finishedNotice())
    expect(Notification.instances[1]?.options.title).toBe('انتهت الحملة: Spring sale (تجربة)')
  })

  it('keeps the English it came with where it has no phrases, or one the catalogues do not know', () => {
    const { events } = listening(() => 'fr')
    events.emit('alerts:notify', notice())
    events.emit('alerts:notify', notice({ titlePhrase: phrase('notices.nothing'), bodyPhrases: [] }))
    for (const shown of Notification.instances) {
      expect(shown.options).toEqual({
        title: 'Campaign finished: Spring sale (dry run)',
        body: '48 of 50 messages sent, 2 failed, 0 skipped.',
      })
    }
  })

  it('opens the campaign when clicked, or the Alerts screen for an alert without one', () => {
    const { events, open } = listening()
    events.emit('alerts:notify', notice())
    events.emit('alerts:notify', notice({ event: 'disconnected', campaignId: null }))
    Notification.instances[0]?.click()
    Notification.instances[1]?.click()
    expect(open.mock.calls).toEqual([['/campaigns/7'], ['/alerts']])
  })

  it('stops listening when asked, and does nothing where the desktop has no notifications', () => {
    const { events, stop } = listening()
    stop()
    events.emit('alerts:notify', notice())
    expect(Notification.instances).toHaveLength(0)
    Notification.supported = false
    listening().events.emit('alerts:notify', notice())
    expect(Notification.instances).toHaveLength(0)
  })
})
