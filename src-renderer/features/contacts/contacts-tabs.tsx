import type { ReactElement, ReactNode } from 'react'
import { NavLink } from 'react-router'

/** Switches between the saved lists and the opt-outs, which both belong to Contacts. */
export function ContactsTabs({ actions }: { actions?: ReactNode }): ReactElement {
  return (
    <div className="contacts-toolbar">
      <nav className="contacts-tabs" aria-label="Contacts">
        <NavLink to="/contacts" end className="contacts-tabs__link">
          Contact lists
        </NavLink>
        <NavLink to="/contacts/opt-outs" className="contacts-tabs__link">
          Opt-outs
        </NavLink>
      </nav>
      {actions ? <div className="contacts-toolbar__actions">{actions}</div> : null}
    </div>
  )
}
