import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { InboxStats } from '../../../src-shared/domain/analytics'
import { formatCount, plural } from '../../lib/format'
import { Card } from '../../ui/card'

type Figure = { label: string; value: number; note: string; tone?: 'good' | 'bad' }

function figuresOf(inbox: InboxStats): Figure[] {
  return [
    {
      label: 'People who replied',
      value: inbox.contacts,
      note: plural(inbox.replies, 'reply', 'replies'),
    },
    { label: 'Leads', value: inbox.leads, note: 'marked Lead', tone: 'good' },
    { label: 'Waiting for you', value: inbox.waiting, note: 'not dealt with yet' },
    {
      label: 'Opted out',
      value: inbox.optedOut,
      note: 'asked to stop',
      ...(inbox.optedOut > 0 ? { tone: 'bad' as const } : {}),
    },
  ]
}

/** The replies that came in during the period, and where those conversations stand in the Inbox now. */
export function InboxWidget({ inbox }: { inbox: InboxStats }): ReactElement {
  return (
    <Card
      title="Replies and leads"
      className="inbox-widget"
      actions={
        <Link to="/inbox" className="button button--small">
          Open the Inbox
        </Link>
      }
    >
      {inbox.contacts === 0 ? (
        <p className="inbox-widget__empty muted">
          No replies came in during this period. When people answer your messages, their replies appear here,
          with the leads you mark in the Inbox.
        </p>
      ) : (
        <>
          <dl className="inbox-widget__figures">
            {figuresOf(inbox).map((f) => (
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
              {plural(inbox.handled, 'conversation', 'conversations')} marked handled.
            </p>
          ) : null}
        </>
      )}
    </Card>
  )
}
