import type { ReactElement, ReactNode } from 'react'
import { NavLink } from 'react-router'
import { useT } from '../../i18n/use-t'

/** Switches between the saved lists and the opt-outs, which both belong to Contacts. */
export function ContactsTabs({ actions }: { actions?: ReactNode }): ReactElement {
  const t = useT()
  return (
    <div className="contacts-toolbar">
      <nav className="contacts-tabs" aria-label={t('contacts.tabs.label')}>
        <NavLink to="/contacts" end className="contacts-tabs__link">
          {t('contacts.tabs.lists')}
        </NavLink>
        <NavLink to="/contacts/opt-outs" className="contacts-tabs__link">
          {t('contacts.tabs.optOuts')}
        </NavLink>
      </nav>
      {actions ? <div className="contacts-toolbar__actions">{actions}</div> : null}
    </div>
  )
}
