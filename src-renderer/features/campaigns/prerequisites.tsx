import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { EmptyState } from '../../ui/empty-state'
import { CampaignsIcon, CheckIcon } from '../../ui/icons'

function Step(props: { n: number; done: boolean; children: ReactElement }): ReactElement {
  return (
    <li className={props.done ? 'checklist__done' : undefined}>
      <span className={`round-mark checklist__step${props.done ? ' checklist__step--done' : ''}`}>
        {props.done ? <CheckIcon className="icon icon--small" /> : props.n}
        <span className="visually-hidden">{props.done ? ' (done)' : ' (to do)'}</span>
      </span>
      {props.children}
    </li>
  )
}

/** What the "New campaign" button needs; it works as soon as there is a list and a message. */
export function NewCampaignButton(): ReactElement {
  const ready = useStore((state) => state.lists.length > 0 && state.templates.length > 0)
  if (ready)
    return (
      <Link to="/campaigns/new" className="button button--primary">
        New campaign
      </Link>
    )
  return (
    <span className="coming-soon">
      <button type="button" className="button button--primary" disabled aria-describedby="new-campaign-note">
        New campaign
      </button>
      <span id="new-campaign-note" className="coming-soon__note">
        Needs a contact list and a message first
      </span>
    </span>
  )
}

/** The empty Campaigns screen: the three things a first campaign needs, with the ones already done ticked. */
export function Prerequisites(): ReactElement {
  const lists = useStore((state) => state.lists.length)
  const templates = useStore((state) => state.templates.length)
  const connected = useStore((state) => state.whatsapp?.status === 'ready')
  return (
    <EmptyState icon={<CampaignsIcon />} title="No campaigns yet" actions={<NewCampaignButton />}>
      <p>A campaign sends one message to everyone on a contact list. Before you start one you need:</p>
      <ol className="checklist">
        <Step n={1} done={lists > 0}>
          <span>
            <strong>A contact list</strong> —{' '}
            {lists > 0 ? `${plural(lists, 'list', 'lists')} ready on ` : 'import your spreadsheet on '}
            <Link to="/contacts">Contacts</Link>.
          </span>
        </Step>
        <Step n={2} done={templates > 0}>
          <span>
            <strong>A message</strong> —{' '}
            {templates > 0 ? `${plural(templates, 'message', 'messages')} saved on ` : 'write it on '}
            <Link to="/compose">Compose</Link>.
          </span>
        </Step>
        <Step n={3} done={connected}>
          <span>
            <strong>WhatsApp linked</strong> on <Link to="/connect">Connect</Link>
            {connected ? '.' : ' — or choose a dry run to rehearse without sending anything.'}
          </span>
        </Step>
      </ol>
    </EmptyState>
  )
}
