import type { ReactElement, ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import type { LoadView } from '../lib/load-view'
import { AlertIcon } from './icons'

type LoadFailedProps = { title: string; message: string | null; onRetry: () => void }

/** A read that failed, in place of what it was for: what happened, and a way to try again. */
export function LoadFailed({ title, message, onRetry }: LoadFailedProps): ReactElement {
  const t = useT()
  return (
    <section className="card load-failed" role="alert" aria-label={title}>
      <AlertIcon className="load-failed__icon" />
      <div>
        <h2 className="card__title">{title}</h2>
        <p>{message ?? t('ui.load.noAnswer')}</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('ui.load.retry')}
        </button>
      </div>
    </section>
  )
}

type InlineErrorProps = { children: ReactNode; onRetry?: () => void; className?: string }

/** What went wrong, in place of or above what it concerns; with `onRetry`, a Retry button beside it. */
export function InlineError({ children, onRetry, className }: InlineErrorProps): ReactElement {
  const t = useT()
  return (
    <div className={className ? `inline-error ${className}` : 'inline-error'} role="alert">
      <p>{children}</p>
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('ui.load.retry')}
        </button>
      ) : null}
    </div>
  )
}

export function Loading({ label }: { label: string }): ReactElement {
  return (
    <section className="card" aria-busy="true">
      <p className="muted">{label}</p>
    </section>
  )
}

type LoadStateProps<T> = LoadView<T> & {
  /** "Loading the campaign…" */
  loading: string
  /** "Could not load this campaign" */
  failed: string
  /** What to show when the thing is gone; without it, that reads as any other failure. */
  missing?: ReactNode
  children: (data: T) => ReactNode
}

/** What a screen shows for something it reads from Herald: it, or that it is gone, or why not, or a wait. */
export function LoadState<T>(props: LoadStateProps<T>): ReactNode {
  const { data, error, refetch, loading, failed, missing, children } = props
  if (error?.missing && missing) return missing
  if (data !== null && data !== undefined) return children(data)
  if (error) return <LoadFailed title={failed} message={error.message} onRetry={refetch} />
  return <Loading label={loading} />
}
