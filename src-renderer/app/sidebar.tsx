import type { ReactElement } from 'react'
import { NavLink } from 'react-router'
import { useT } from '../i18n/use-t'
import { useStore } from '../state/store'
import { HeraldLogo } from '../ui/icons'
import { screens } from './routes'
import type { ScreenRoute } from './routes'
import { WorkspaceSwitcher } from './workspace-switcher'

const groups: ScreenRoute['group'][] = ['journey', 'results', 'app']
/** The name, the same in every language. */
const productName = 'Herald'
// Keeps the footer's height while the version is read
const noBreakSpace = '\u00a0'

function NavItem({ route }: { route: ScreenRoute }): ReactElement {
  const t = useT()
  return (
    <li>
      <NavLink to={route.path} className="nav-link">
        <route.Icon className="nav-link__icon" />
        <span>{t(`shell.nav.${route.id}`)}</span>
        {route.Badge ? <route.Badge /> : null}
      </NavLink>
    </li>
  )
}

export function Sidebar(): ReactElement {
  const version = useStore((state) => state.appInfo?.version)
  const t = useT()
  return (
    <aside className="sidebar">
      <div className="sidebar__inner">
        <div className="brand">
          <HeraldLogo className="brand__logo" />
          <span className="brand__name">{productName}</span>
        </div>
        <WorkspaceSwitcher />
        <nav className="nav" aria-label={t('shell.nav.label')}>
          {groups.map((group) => (
            <div key={group} className="nav__group">
              <p className="nav__group-label" aria-hidden="true">
                {t(`shell.group.${group}`)}
              </p>
              <ul className="nav__list">
                {screens
                  .filter((route) => route.group === group)
                  .map((route) => (
                    <NavItem key={route.path} route={route} />
                  ))}
              </ul>
            </div>
          ))}
        </nav>
        <p className="sidebar__footer">{version ? t('shell.version', { version }) : noBreakSpace}</p>
      </div>
    </aside>
  )
}
