import type { ReactElement } from 'react'
import { AlertIcon } from '../../ui/icons'

type LoadFailedProps = { title: string; message: string | null; onRetry: () => void }

export function LoadFailed({ title, message, onRetry }: LoadFailedProps): ReactElement {
  return (
    <section className="card load-failed" role="alert" aria-label={title}>
      <AlertIcon className="load-failed__icon" />
      <div>
        <h2 className="card__title">{title}</h2>
        <p>{message ?? 'Herald did not answer.'}</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Retry
        </button>
      </div>
    </section>
  )
}

export function Loading({ label }: { label: string }): ReactElement {
  return (
    <section className="card" aria-busy="true">
      <p className="muted">{label}</p>
    </section>
  )
}
