import type { ReactElement } from 'react'
import type { CampaignProgress } from '../../../src-shared/domain/campaigns'
import { formatClock, formatPhone } from '../../lib/format'
import { MessageStatusChip } from '../../ui/status-chip'
import { Card } from '../../ui/card'
import { useSay, useT } from '../../i18n/use-t'

type Activity = CampaignProgress['recent'][number]

function ActivityItem({ item }: { item: Activity }): ReactElement {
  const t = useT()
  const say = useSay()
  return (
    <li className="activity__item">
      <time className="activity__time" dateTime={item.at}>
        {formatClock(item.at, { seconds: true })}
      </time>
      <span className="activity__who">
        <span className="activity__name" title={item.name ?? undefined}>
          {item.name ?? <bdi dir="ltr">{formatPhone(item.phone)}</bdi>}
        </span>
        {item.name ? (
          <bdi dir="ltr" className="activity__phone">
            {formatPhone(item.phone)}
          </bdi>
        ) : null}
      </span>
      <span className="activity__status">
        <MessageStatusChip status={item.status} />
        {item.category ? (
          <span
            className="activity__category"
            title={item.detail ? say(item.detailPhrase, item.detail) : undefined}
          >
            {t(`campaigns.errorCategory.${item.category}.title`)}
          </span>
        ) : null}
      </span>
    </li>
  )
}

/** What just happened, newest first. */
export function ActivityFeed({ recent }: { recent: Activity[] }): ReactElement {
  const t = useT()
  const items = [...recent].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <Card title={t('campaigns.activity.title')} className="activity">
      {items.length === 0 ? (
        <p className="muted activity__empty">{t('campaigns.activity.empty')}</p>
      ) : (
        // It scrolls, so it takes focus: the keyboard can scroll it too
        <ol className="activity__list" aria-label={t('campaigns.activity.listLabel')} tabIndex={0}>
          {items.map((item, index) => (
            <ActivityItem key={`${item.at}|${item.phone}|${item.status}|${index}`} item={item} />
          ))}
        </ol>
      )}
    </Card>
  )
}
