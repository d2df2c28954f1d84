import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { reportError } from '../lib/report-error'
import { AlertIcon } from '../ui/icons'

type Props = { screen: string; children: ReactNode }
type State = { failed: boolean }

/** What a crashed screen shows: a function component, for its words. */
function Crashed(): ReactNode {
  const t = useT()
  return (
    <div className="crash" role="alert">
      <AlertIcon className="crash__icon" />
      <h1 className="crash__title">{t('app.crash.title')}</h1>
      <p className="crash__text">{t('app.crash.text')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('app.crash.reload')}
      </button>
    </div>
  )
}

/** Catches a crash in a screen, logs it for support and offers a way out; the user never sees a stack. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const stack = [error.stack, info.componentStack].filter(Boolean).join('\n')
    reportError(Object.assign(new Error(error.message), { stack }), this.props.screen)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return <Crashed />
  }
}
