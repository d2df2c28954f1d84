import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { InboxStats } from '../../../src-shared/domain/analytics'
import { formatCount } from '../../lib/format'
import { Card } from '../../ui/card'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

type Figure = { label: string; value: number; note: string; tone?: 'good' | 'bad' }

function figuresOf(t: Translate, inbox: InboxStats): Figure[] {
  return [
    {
      label: t('dashboard.inbox.people'),
      value: inbox.contacts,
      note: t('dashboard.inbox.replies', { count: inbox.replies }),
    },
    {
      label: t('dashboard.inbox.leads'),
      value: inbox.leads,
      note: t('dashboard.inbox.leadsNote'),
      tone: 'good',
    },
    { label: t('dashboard.inbox.waiting'), value: inbox.waiting, note: t('dashboard.inbox.waitingNote') },
    {
      label: t('dashboard.inbox.optedOut'),
      value: inbox.optedOut,
      note: t('dashboard.inbox.optedOutNote'),
      ...(inbox.optedOut > 0 ? { tone: 'bad' as const } : {}),
    },
  ]
}

/** The replies that came in during the period, and where those conversations stand in the Inbox now. */
export function InboxWidget({ inbox }: { inbox: InboxStats }): ReactElement {
  const t = useT()
  return (
    <Card
      title={t('dashboard.widget.inbox')}
      className="inbox-widget"
      actions={
        <Link to="/inbox" className="button button--small">
          {t('dashboard.inbox.open')}
        </Link>
      }
    >
      {inbox.contacts === 0 ? (
        <p className="inbox-widget__empty muted">{t('dashboard.inbox.empty')}</p>
      ) : (
        <>
          <dl className="inbox-widget__figures">
            {figuresOf(t, inbox).map((f) => (
              <div
                key={f.label}
                className={`inbox-widget__figure${f.tone ? ` inbox-widget__figure--${f.tone}` : ''}`}
              >
                <dt>{f.label}</dt>
                <dd>
                  <strong>{formatCount(f.value)}</strong>
                  <span className="muted">{f.note}</span>
                </dd>
              </div>
            ))}
          </dl>
          {inbox.handled > 0 ? (
            <p className="inbox-widget__handled muted">
              {t('dashboard.inbox.handled', { count: inbox.handled })}
            </p>
          ) : null}
        </>
      )}
    </Card>
  )
}
