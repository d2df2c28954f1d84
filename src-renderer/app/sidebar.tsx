import type { ReactElement } from 'react'
import { NavLink } from 'react-router'
import { useStore } from '../state/store'
import { HeraldLogo } from '../ui/icons'
import { screens } from './routes'
import type { ScreenRoute } from './routes'
import { WorkspaceSwitcher } from './workspace-switcher'

const groups: { id: ScreenRoute['group']; label: string }[] = [
  { id: 'journey', label: 'Send' },
  { id: 'results', label: 'Results' },
  { id: 'app', label: 'App' },
]

function NavItem({ route }: { route: ScreenRoute }): ReactElement {
  return (
    <li>
      <NavLink to={route.path} className="nav-link">
        <route.Icon className="nav-link__icon" />
        <span>{route.name}</span>
        {route.Badge ? <route.Badge /> : null}
      </NavLink>
    </li>
  )
}

export function Sidebar(): ReactElement {
  const version = useStore((state) => state.appInfo?.version)
  return (
    <aside className="sidebar">
      <div className="sidebar__inner">
        <div className="brand">
          <HeraldLogo className="brand__logo" />
          <span className="brand__name">Herald</span>
        </div>
        <WorkspaceSwitcher />
        <nav className="nav" aria-label="Main">
          {groups.map((group) => (
            <div key={group.id} className="nav__group">
              <p className="nav__group-label" aria-hidden="true">
                {group.label}
              </p>
              <ul className="nav__list">
                {screens
                  .filter((route) => route.group === group.id)
                  .map((route) => (
                    <NavItem key={route.path} route={route} />
                  ))}
              </ul>
            </div>
          ))}
        </nav>
        <p className="sidebar__footer">{version ? `Version ${version}` : '\u00a0'}</p>
      </div>
    </aside>
  )
}
