import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { Screen } from '../../app/screen'
import { ComingSoon, EmptyState } from '../../ui/empty-state'
import { CampaignsIcon } from '../../ui/icons'

export function CampaignsScreen(): ReactElement {
  return (
    <Screen
      title="Campaigns"
      intro="Send your message to a contact list at a safe pace, and watch it go out."
    >
      <EmptyState
        icon={<CampaignsIcon />}
        title="Nothing to send yet"
        actions={<ComingSoon label="New campaign" />}
      >
        <p>A campaign sends one message to everyone on a contact list. Before you start one you need:</p>
        <ol className="checklist">
          <li>
            <span className="checklist__step">1</span>
            <span>
              <strong>A contact list</strong> — import your spreadsheet on{' '}
              <Link to="/contacts">Contacts</Link>.
            </span>
          </li>
          <li>
            <span className="checklist__step">2</span>
            <span>
              <strong>A message</strong> — write it on <Link to="/compose">Compose</Link>.
            </span>
          </li>
          <li>
            <span className="checklist__step">3</span>
            <span>
              <strong>WhatsApp linked</strong> on <Link to="/connect">Connect</Link> — or choose a dry run to
              rehearse without sending anything.
            </span>
          </li>
        </ol>
      </EmptyState>
    </Screen>
  )
}
