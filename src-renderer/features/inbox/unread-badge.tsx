import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { formatCount } from '../../lib/format'
import { useStore } from '../../state/store'
import './inbox.css'

/** Beside "Inbox" in the sidebar: how many conversations have replies not opened yet. */
export function UnreadBadge(): ReactElement | null {
  const t = useT()
  const unread = useStore((state) => state.inboxUnread)
  if (!unread) return null
  const words = t('inbox.badge.unread', { count: unread })
  return (
    <span className="nav-badge" title={words}>
      <span aria-hidden="true">
        {unread > 99 ? t('inbox.badge.overflow', { max: 99 }) : formatCount(unread)}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  )
}
