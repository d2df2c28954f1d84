import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { browserNotifications, notificationPermission } from '../../lib/reply-notifications'
import type { NotificationPermissionState } from '../../lib/reply-notifications'
import { useStore } from '../../state/store'

/**
 * The browser run's offer of desktop notifications for new replies. The browser asks the user only when
 * they press the button here, never when a page loads; the desktop app notifies without asking.
 */
export function NotificationsOffer(): ReactElement | null {
  const browser = useStore((state) => state.appInfo?.runtime === 'browser')
  const mode = useStore((state) => state.settings?.['inbox.notify'])
  const notifications = browserNotifications()
  const [permission, setPermission] = useState<NotificationPermissionState>(() =>
    notificationPermission(notifications),
  )
  const [asking, setAsking] = useState(false)
  if (!browser || permission === 'granted' || permission === 'unsupported') return null

  const ask = async (): Promise<void> => {
    if (!notifications) return
    setAsking(true)
    try {
      setPermission(await notifications.requestPermission())
    } finally {
      setAsking(false)
    }
  }

  if (permission === 'denied')
    return (
      <p className="inbox-notify inbox-notify--off" role="status">
        This browser blocks Herald’s notifications. To get one for each new reply, allow notifications for
        this page in the browser’s site settings (the icon left of the address), then reload the page.
      </p>
    )
  return (
    <div className="inbox-notify">
      <p>
        Get a desktop notification when someone replies, even while Herald’s page is in the background.
        {mode === 'off' ? (
          <>
            {' '}
            Replies are not notified now: choose which ones in{' '}
            <Link to="/settings?focus=inbox">Settings → Inbox</Link>.
          </>
        ) : null}
      </p>
      <button type="button" className="button button--small" disabled={asking} onClick={() => void ask()}>
        Turn on desktop notifications
      </button>
    </div>
  )
}
