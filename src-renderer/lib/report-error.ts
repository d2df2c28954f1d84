import { api } from './api'

/** Sends an error to Herald's log so support can see it; never throws, never shows the stack to the user. */
export function reportError(error: unknown, screen?: string): void {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000) || 'Unknown error'
  const stack = error instanceof Error && error.stack ? error.stack.slice(0, 20_000) : undefined
  void api
    .invoke('app:report-error', { message, ...(stack ? { stack } : {}), ...(screen ? { screen } : {}) })
    .catch(() => undefined)
}
