import type { ReactElement } from 'react'

/** What the user can do about the state shown above it; nothing when there is nothing to do. */
export function ConnectAdvice({ advice }: { advice: string | null }): ReactElement | null {
  if (!advice) return null
  return (
    <div className="connect-advice">
      <p className="connect-advice__title">What to do</p>
      <p>{advice}</p>
    </div>
  )
}
