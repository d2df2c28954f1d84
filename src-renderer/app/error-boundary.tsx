import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { reportError } from '../lib/report-error'
import { AlertIcon } from '../ui/icons'

type Props = { screen: string; children: ReactNode }
type State = { failed: boolean }

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
    return (
      <div className="crash" role="alert">
        <AlertIcon className="crash__icon" />
        <h1 className="crash__title">Something went wrong on this screen</h1>
        <p className="crash__text">
          Herald has written the problem to its log. Your contacts, messages and settings are safe. Reload to
          carry on where you were.
        </p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    )
  }
}
