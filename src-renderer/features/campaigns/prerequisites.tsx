import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'
import { useStore } from '../../state/store'
import { EmptyState } from '../../ui/empty-state'
import { CampaignsIcon, CheckIcon } from '../../ui/icons'
import { useT } from '../../i18n/use-t'
import { useRich } from './rich'

const space = ' '
const strong = (text: ReactNode[]): ReactElement => <strong>{text}</strong>

function Step(props: { n: number; done: boolean; children: ReactElement }): ReactElement {
  const t = useT()
  return (
    <li className={props.done ? 'checklist__done' : undefined}>
      <span className={`round-mark checklist__step${props.done ? ' checklist__step--done' : ''}`}>
        {props.done ? <CheckIcon className="icon icon--small" /> : props.n}
        <span className="visually-hidden">
          {space + t(props.done ? 'campaigns.setup.done' : 'campaigns.setup.toDo')}
        </span>
      </span>
      {props.children}
    </li>
  )
}

/** What the "New campaign" button needs; it works as soon as there is a list and a message. */
export function NewCampaignButton(): ReactElement {
  const t = useT()
  const ready = useStore((state) => state.lists.length > 0 && state.templates.length > 0)
  if (ready)
    return (
      <Link to="/campaigns/new" className="button button--primary">
        {t('campaigns.newCampaign')}
      </Link>
    )
  return (
    <span className="coming-soon">
      <button type="button" className="button button--primary" disabled aria-describedby="new-campaign-note">
        {t('campaigns.newCampaign')}
      </button>
      <span id="new-campaign-note" className="coming-soon__note">
        {t('campaigns.setup.needs')}
      </span>
    </span>
  )
}

/** The empty Campaigns screen: the three things a first campaign needs, with the ones already done ticked. */
export function Prerequisites(): ReactElement {
  const t = useT()
  const rich = useRich()
  const lists = useStore((state) => state.lists.length)
  const templates = useStore((state) => state.templates.length)
  const connected = useStore((state) => state.whatsapp?.status === 'ready')
  return (
    <EmptyState icon={<CampaignsIcon />} title={t('campaigns.setup.title')} actions={<NewCampaignButton />}>
      <p>{t('campaigns.setup.intro')}</p>
      <ol className="checklist">
        <Step n={1} done={lists > 0}>
          <span>
            {rich(lists > 0 ? 'campaigns.setup.listsReady' : 'campaigns.setup.listsMissing', {
              count: lists,
              strong,
              link: (text) => <Link to="/contacts">{text}</Link>,
            })}
          </span>
        </Step>
        <Step n={2} done={templates > 0}>
          <span>
            {rich(templates > 0 ? 'campaigns.setup.messagesReady' : 'campaigns.setup.messagesMissing', {
              count: templates,
              strong,
              link: (text) => <Link to="/compose">{text}</Link>,
            })}
          </span>
        </Step>
        <Step n={3} done={connected}>
          <span>
            {rich(connected ? 'campaigns.setup.linked' : 'campaigns.setup.notLinked', {
              strong,
              link: (text) => <Link to="/connect">{text}</Link>,
            })}
          </span>
        </Step>
      </ol>
    </EmptyState>
  )
}
