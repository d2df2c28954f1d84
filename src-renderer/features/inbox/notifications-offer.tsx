import { useState } from 'react'
import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import { Link } from 'react-router'
import { browserNotifications, notificationPermission } from '../../lib/reply-notifications'
import type { NotificationPermissionState } from '../../lib/reply-notifications'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'

/**
 * The browser run's offer of desktop notifications for new replies. The browser asks the user only when
 * they press the button here, never when a page loads; the desktop app notifies without asking.
 */
export function NotificationsOffer(): ReactElement | null {
  const t = useT()
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
        {t('inbox.notify.blocked')}
      </p>
    )
  return (
    <div className="inbox-notify">
      <p>
        {t('inbox.notify.offer')}
        {mode === 'off' ? (
          <>
            {' '}
            <FormattedMessage
              id="inbox.notify.offNow"
              values={{ link: (words) => <Link to="/settings?focus=inbox">{words}</Link> }}
            />
          </>
        ) : null}
      </p>
      <button type="button" className="button button--small" disabled={asking} onClick={() => void ask()}>
        {t('inbox.notify.turnOn')}
      </button>
    </div>
  )
}
