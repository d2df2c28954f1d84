import type { ReactElement } from 'react'
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
import { wizardSteps } from './wizard-steps'
import './contacts.css'
import { useT } from '../../i18n/use-t'

/** Opens the wizard on the sample file, for people who want to see Herald work before using their own. */
export function SampleButton(): ReactElement {
  const navigate = useNavigate()
  const closeImport = useStore((state) => state.closeImport)
  const start = (): void => {
    // Asking for the sample is a new start: an import left half-way gives way to it.
    closeImport()
    void navigate('/contacts/import?sample=1')
  }
  return (
    <button type="button" className="button" onClick={start}>
      Try the sample spreadsheet
    </button>
  )
}

function ImportActions(): ReactElement {
  return (
    <>
      <SampleButton />
      <Link to="/contacts/import" className="button button--primary">
        Import a spreadsheet
      </Link>
    </>
  )
}

/** An import left half-way: the file is still open in Herald, with the user's choices, until cancelled. */
function ImportWaiting(): ReactElement | null {
  const opened = useStore((state) => state.importOpened)
  const step = useStore((state) => state.importStep)
  const closeImport = useStore((state) => state.closeImport)
  if (!opened) return null
  return (
    <div className="import-waiting" role="status">
      <p>
        <strong>Your import of {opened.fileName} is not finished.</strong> It is waiting at step {step},{' '}
        {wizardSteps[step - 1]}.
      </p>
      <button type="button" className="button button--quiet" onClick={closeImport}>
        Cancel the import
      </button>
      <Link to="/contacts/import" className="button button--primary">
        Continue the import
      </Link>
    </div>
  )
}

function NoLists(): ReactElement {
  return (
    <>
      <EmptyState icon={<SheetIcon />} title="No contact lists yet" actions={<ImportActions />}>
        <p>
          Start by importing the spreadsheet you already keep for your customers. Excel (.xlsx, .xls),
          OpenDocument (.ods) and CSV (.csv) files all work.
        </p>
      </EmptyState>
      <Card title="Getting your spreadsheet ready">
        <ul className="tips">
          <li>One customer per row, with a column for their phone number.</li>
          <li>A column with their name lets each message greet them personally.</li>
          <li>
            Numbers written without a country code (+…) are read as numbers of your default country, which you
            can choose in <Link to="/settings">Settings</Link>.
          </li>
          <li>Your file is never changed: Herald keeps its own copy of the list.</li>
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
      <LoadState {...lists} loading="Loading your contact lists…" failed="Could not load your contact lists">
        {(loaded) => (loaded.length === 0 ? <NoLists /> : <ListsTable lists={loaded} />)}
      </LoadState>
    </Screen>
  )
}
