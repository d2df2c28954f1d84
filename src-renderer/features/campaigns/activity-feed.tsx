import type { ReactElement } from 'react'
import type { CampaignProgress } from '../../../src-shared/domain/campaigns'
import { categoryInfo } from '../../../src-shared/domain/error-categories'
import { formatClock, formatPhone } from '../../lib/format'
import { MessageStatusChip } from '../../ui/status-chip'
import { Card } from '../../ui/card'

type Activity = CampaignProgress['recent'][number]

function ActivityItem({ item }: { item: Activity }): ReactElement {
  return (
    <li className="activity__item">
      <time className="activity__time" dateTime={item.at}>
        {formatClock(item.at, { seconds: true })}
      </time>
      <span className="activity__who">
        <span className="activity__name" title={item.name ?? undefined}>
          {item.name ?? formatPhone(item.phone)}
        </span>
        {item.name ? <span className="activity__phone">{formatPhone(item.phone)}</span> : null}
      </span>
      <span className="activity__status">
        <MessageStatusChip status={item.status} />
        {item.category ? (
          <span className="activity__category" title={item.detail ?? undefined}>
            {categoryInfo[item.category].label}
          </span>
        ) : null}
      </span>
    </li>
  )
}

/** What just happened, newest first. */
export function ActivityFeed({ recent }: { recent: Activity[] }): ReactElement {
  const items = [...recent].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <Card title="Activity" className="activity">
      {items.length === 0 ? (
        <p className="muted activity__empty">Each message appears here as it goes out.</p>
      ) : (
        // It scrolls, so it takes focus: the keyboard can scroll it too
        <ol className="activity__list" aria-label="Latest messages, newest first" tabIndex={0}>
          {items.map((item, index) => (
            <ActivityItem key={`${item.at}|${item.phone}|${item.status}|${index}`} item={item} />
          ))}
        </ol>
      )}
    </Card>
  )
}
