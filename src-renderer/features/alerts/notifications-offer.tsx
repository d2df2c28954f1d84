import { useState } from 'react'
import type { ReactElement } from 'react'
import { browserNotifications, notificationPermission } from '../../lib/reply-notifications'
import type { NotificationPermissionState } from '../../lib/reply-notifications'
import { useStore } from '../../state/store'

/**
 * The browser run's offer of desktop notifications for alerts that ask for one. The browser asks the user
 * only when they press the button, never when a page loads; the desktop app notifies without asking.
 */
export function AlertNotificationsOffer(): ReactElement | null {
  const browser = useStore((state) => state.appInfo?.runtime === 'browser')
  const notifications = browserNotifications()
  const [permission, setPermission] = useState<NotificationPermissionState>(() =>
    notificationPermission(notifications),
  )
  const [asking, setAsking] = useState(false)
  if (!browser || permission === 'granted') return null
  if (permission === 'unsupported')
    return (
      <p className="alerts-notify alerts-notify--off" role="status">
        This browser shows no desktop notifications for this page: alerts show as a note in Herald’s window
        while it is open. A webhook reaches you anywhere.
      </p>
    )
  if (permission === 'denied')
    return (
      <p className="alerts-notify alerts-notify--off" role="status">
        This browser blocks Herald’s notifications: alerts show as a note in Herald’s window only. To get them
        on the desktop, allow notifications for this page in the browser’s site settings, then reload the
        page.
      </p>
    )
  const ask = async (): Promise<void> => {
    if (!notifications) return
    setAsking(true)
    try {
      setPermission(await notifications.requestPermission())
    } finally {
      setAsking(false)
    }
  }
  return (
    <div className="alerts-notify">
      <p>Get alerts as desktop notifications, even while Herald’s page is in the background.</p>
      <button type="button" className="button button--small" disabled={asking} onClick={() => void ask()}>
        Turn on desktop notifications
      </button>
    </div>
  )
}
