import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventPayload } from '../../src-shared/ipc/contract'
import { EventHub } from '../events'
import { Notification, resetElectronFake } from './fake-electron.test-support'
import { notifyReplies } from './reply-notifications'

vi.mock('electron', () => import('./fake-electron.test-support'))

type NewReply = EventPayload<'inbox:reply'>

const reply = (change: Partial<NewReply> = {}): NewReply => ({
  conversationId: 3,
  name: 'Ahmed',
  phone: '+447911200102',
  text: 'How much is it?',
  status: 'new',
  rehearsal: false,
  notify: true,
  ...change,
})

function listening(): { events: EventHub; open: ReturnType<typeof vi.fn>; stop: () => void } {
  const events = new EventHub()
  const open = vi.fn()
  const stop = notifyReplies({ events, open })
  return { events, open, stop }
}

beforeEach(() => resetElectronFake())

describe('notifyReplies', () => {
  it('shows a notification for a reply Settings → Inbox wants notified', () => {
    const { events } = listening()
    events.emit('inbox:reply', reply())
    expect(Notification.instances).toHaveLength(1)
    const [shown] = Notification.instances
    expect(shown?.options).toEqual({ title: 'Ahmed replied', body: 'How much is it?' })
    expect(shown?.shown).toBe(true)
  })

  it('says who replied in the language of Settings, leaving what they wrote as it is', () => {
    const events = new EventHub()
    notifyReplies({ events, open: vi.fn(), language: () => 'es' })
    events.emit('inbox:reply', reply({ rehearsal: true }))
    events.emit('inbox:reply', reply({ text: ' ' }))
    expect(Notification.instances.map((shown) => shown.options)).toEqual([
      { title: 'Ahmed respondió (prueba)', body: 'How much is it?' },
      { title: 'Ahmed respondió', body: 'Abre la Bandeja de entrada para verla.' },
    ])
  })

  it('shows nothing for a reply that is not to be notified, or for other events', () => {
    const { events } = listening()
    events.emit('inbox:reply', reply({ notify: false }))
    events.emit('inbox:changed', { conversationId: 3, unread: 1 })
    expect(Notification.instances).toHaveLength(0)
  })

  it('opens the conversation when the notification is clicked', () => {
    const { events, open } = listening()
    events.emit('inbox:reply', reply({ conversationId: 9 }))
    expect(open).not.toHaveBeenCalled()
    Notification.instances[0]?.click()
    expect(open).toHaveBeenCalledWith(9)
  })

  it('stops listening when asked, and does nothing where the desktop has no notifications', () => {
    const { events, stop } = listening()
    stop()
    events.emit('inbox:reply', reply())
    expect(Notification.instances).toHaveLength(0)

    Notification.supported = false
    const other = listening()
    other.events.emit('inbox:reply', reply())
    expect(Notification.instances).toHaveLength(0)
  })
})
