import { useState } from 'react'
import type { ReactElement } from 'react'
import { browserNotifications, notificationPermission } from '../../lib/reply-notifications'
import type { NotificationPermissionState } from '../../lib/reply-notifications'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'

/**
 * The browser run's offer of desktop notifications for alerts that ask for one. The browser asks the user
 * only when they press the button, never when a page loads; the desktop app notifies without asking.
 */
export function AlertNotificationsOffer(): ReactElement | null {
  const t = useT()
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
        {t('alerts.notify.unsupported')}
      </p>
    )
  if (permission === 'denied')
    return (
      <p className="alerts-notify alerts-notify--off" role="status">
        {t('alerts.notify.blocked')}
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
      <p>{t('alerts.notify.offer')}</p>
      <button type="button" className="button button--small" disabled={asking} onClick={() => void ask()}>
        {t('alerts.notify.turnOn')}
      </button>
    </div>
  )
}
