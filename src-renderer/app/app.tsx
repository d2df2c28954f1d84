import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { createHashRouter, Outlet, RouterProvider, useLocation } from 'react-router'
import type { RouteObject } from 'react-router'
import { AlertToasts } from '../features/alerts/alert-toasts'
import { setNavigator } from '../lib/navigate'
import { ConnectionBanner } from './connection-banner'
import { ErrorBoundary } from './error-boundary'
import { LandingRedirect } from './landing'
import { NotFound } from './not-found'
import { screens, subRoutes } from './routes'
import { Sidebar } from './sidebar'

function Shell(): ReactElement {
  const { pathname } = useLocation()
  // The document scrolls, and a new screen should start at its top, not where the last one was left.
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [pathname])
  return (
    <div className="shell">
      <Sidebar />
      <main className="main">
        <ConnectionBanner />
        {/* Keyed by path so that leaving a crashed screen gives the next one a clean start. */}
        <ErrorBoundary key={pathname} screen={pathname}>
          <div className="screen">
            <Outlet />
          </div>
        </ErrorBoundary>
      </main>
      <AlertToasts />
    </div>
  )
}

// A data router, so that a screen with unsaved work can hold back any navigation (useBlocker).
const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <LandingRedirect /> },
      ...[...screens, ...subRoutes].map(({ path, Screen }) => ({ path, element: <Screen /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
]

// One router for the page, made when the app first renders (StrictMode's second render must not make
// another that would listen to the address too).
let router: ReturnType<typeof createHashRouter> | null = null

function appRouter(): ReturnType<typeof createHashRouter> {
  if (router) return router
  const made = createHashRouter(routes)
  // Push events and notification clicks change the screen through it, as a link does
  setNavigator((path) => void made.navigate(path))
  router = made
  return made
}

export function App(): ReactElement {
  return (
    <ErrorBoundary screen="app">
      <RouterProvider router={appRouter()} />
    </ErrorBoundary>
  )
}
