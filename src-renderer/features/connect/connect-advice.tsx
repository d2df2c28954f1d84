import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'

/** What the user can do about the state shown above it; nothing when there is nothing to do. */
export function ConnectAdvice({ advice }: { advice: string | null }): ReactElement | null {
  const t = useT()
  if (!advice) return null
  return (
    <div className="connect-advice">
      <p className="connect-advice__title">{t('connect.advice.title')}</p>
      <p>{advice}</p>
    </div>
  )
}
