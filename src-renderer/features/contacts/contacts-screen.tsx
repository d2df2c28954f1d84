import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import { Link, useNavigate } from 'react-router'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { useLoaded } from '../../state/use-loaded'
import { EmptyState } from '../../ui/empty-state'
import { SheetIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { Card } from '../../ui/card'
import { ContactsTabs } from './contacts-tabs'
import { ListsTable } from './lists-table'
import { wizardStepKeys } from './wizard-steps'
import './contacts.css'
import { useT } from '../../i18n/use-t'

/** Between two sentences (or a mark and its words) in JSX. */
const gap = ' '

/** Opens the wizard on the sample file, for people who want to see Herald work before using their own. */
export function SampleButton(): ReactElement {
  const t = useT()
  const navigate = useNavigate()
  const closeImport = useStore((state) => state.closeImport)
  const start = (): void => {
    // Asking for the sample is a new start: an import left half-way gives way to it.
    closeImport()
    void navigate('/contacts/import?sample=1')
  }
  return (
    <button type="button" className="button" onClick={start}>
      {t('contacts.home.sample')}
    </button>
  )
}

function ImportActions(): ReactElement {
  const t = useT()
  return (
    <>
      <SampleButton />
      <Link to="/contacts/import" className="button button--primary">
        {t('contacts.home.import')}
      </Link>
    </>
  )
}

/** An import left half-way: the file is still open in Herald, with the user's choices, until cancelled. */
function ImportWaiting(): ReactElement | null {
  const t = useT()
  const opened = useStore((state) => state.importOpened)
  const step = useStore((state) => state.importStep)
  const closeImport = useStore((state) => state.closeImport)
  if (!opened) return null
  return (
    <div className="import-waiting" role="status">
      <p>
        <strong>{t('contacts.home.waitingTitle', { fileName: opened.fileName })}</strong>
        {gap}
        {t('contacts.home.waitingStep', { step, stepName: t(wizardStepKeys[step - 1] ?? wizardStepKeys[0]) })}
      </p>
      <button type="button" className="button button--quiet" onClick={closeImport}>
        {t('contacts.home.cancelImport')}
      </button>
      <Link to="/contacts/import" className="button button--primary">
        {t('contacts.home.continueImport')}
      </Link>
    </div>
  )
}

function NoLists(): ReactElement {
  const t = useT()
  return (
    <>
      <EmptyState icon={<SheetIcon />} title={t('contacts.home.emptyTitle')} actions={<ImportActions />}>
        <p>{t('contacts.home.emptyText')}</p>
      </EmptyState>
      <Card title={t('contacts.home.tipsTitle')}>
        <ul className="tips">
          <li>{t('contacts.home.tipRows')}</li>
          <li>{t('contacts.home.tipName')}</li>
          <li>
            <FormattedMessage
              id="contacts.home.tipCountry"
              values={{ link: (chunks) => <Link to="/settings">{chunks}</Link> }}
            />
          </li>
          <li>{t('contacts.home.tipCopy')}</li>
        </ul>
      </Card>
    </>
  )
}

export function ContactsScreen(): ReactElement {
  const t = useT()
  const lists = useLoaded('lists')
  return (
    <Screen title={t('screens.contacts.title')} intro={t('screens.contacts.intro')}>
      <ContactsTabs actions={lists.data?.length ? <ImportActions /> : null} />
      <ImportWaiting />
      <LoadState {...lists} loading={t('contacts.home.loading')} failed={t('contacts.home.failed')}>
        {(loaded) => (loaded.length === 0 ? <NoLists /> : <ListsTable lists={loaded} />)}
      </LoadState>
    </Screen>
  )
}
