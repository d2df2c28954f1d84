import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { HashRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router'
import { ConnectionBanner } from './connection-banner'
import { ErrorBoundary } from './error-boundary'
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
    </div>
  )
}

export function App(): ReactElement {
  return (
    <ErrorBoundary screen="app">
      <HashRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<Navigate to="/connect" replace />} />
            {[...screens, ...subRoutes].map(({ path, Screen }) => (
              <Route key={path} path={path} element={<Screen />} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </HashRouter>
    </ErrorBoundary>
  )
}
