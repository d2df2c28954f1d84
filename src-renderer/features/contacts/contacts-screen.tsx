import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { Screen } from '../../app/screen'
import { ComingSoon, EmptyState } from '../../ui/empty-state'
import { SheetIcon } from '../../ui/icons'

export function ContactsScreen(): ReactElement {
  return (
    <Screen title="Contacts" intro="The customers Herald will write to, from a spreadsheet you already keep.">
      <EmptyState
        icon={<SheetIcon />}
        title="No contact lists yet"
        actions={<ComingSoon label="Import a spreadsheet" />}
      >
        <p>
          Start by importing the spreadsheet you already keep for your customers. Excel (.xlsx, .xls),
          OpenDocument (.ods) and CSV (.csv) files all work.
        </p>
      </EmptyState>
      <section className="card" aria-labelledby="contacts-tips-title">
        <h2 id="contacts-tips-title" className="card__title">
          Getting your spreadsheet ready
        </h2>
        <ul className="tips">
          <li>One customer per row, with a column for their phone number.</li>
          <li>A column with their name lets each message greet them personally.</li>
          <li>
            Numbers written without a country code (+…) are read as numbers of your default country, which you
            can choose in <Link to="/settings">Settings</Link>.
          </li>
          <li>Your file is never changed: Herald keeps its own copy of the list.</li>
        </ul>
      </section>
    </Screen>
  )
}
