// The shared styles go first so that each screen's own stylesheet, imported with it, can refine them.
// Each ui/ component imports its own too; importing them here fixes their place in that order.
import './ui/base.css'
import './app/shell.css'
import './ui/components.css'
import './ui/forms.css'
import './ui/data-table.css'
import './ui/chips.css'
import './ui/progress-bar.css'
import './ui/segmented.css'
import './ui/action-bar.css'
import './ui/problem-list.css'
import './ui/saved-file.css'
import './ui/file-drop.css'
import './ui/message-preview.css'
import './ui/analytics/analytics.css'
import './ui/analytics/charts.css'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { I18nProvider } from './i18n/i18n-provider'
import { startRefusal } from './lib/api'
import { queryClient } from './lib/query'
import { reportError } from './lib/report-error'
import { startSubscriptions } from './state/subscriptions'

window.addEventListener('error', (event) => reportError(event.error ?? event.message, location.hash))
window.addEventListener('unhandledrejection', (event) => reportError(event.reason, location.hash))

const root = document.getElementById('root')
if (root && startRefusal) {
  createRoot(root).render(<p role="alert">{startRefusal}</p>)
} else if (root) {
  startSubscriptions()
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
}
