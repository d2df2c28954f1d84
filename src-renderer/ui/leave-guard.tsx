import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { useBlocker } from 'react-router'
import { useT } from '../i18n/use-t'
import { ConfirmDialog } from './confirm-dialog'
import { holdUnsavedWork, unloadNeedsAsking } from './unsaved-work'

type LeaveGuardProps = {
  /** Whether there is unsaved work on the screen. */
  when: boolean
  /** What would be lost, as the question says it: "your changes to the settings". */
  what: string
  /** A way out that keeps the work (path and query), so it needs no question. */
  keptBy?: string
}

/**
 * Holds back every way of leaving a screen with unsaved work: a link, the sidebar, back and forward ask
 * with Herald's own dialog; a reload or closing the window asks through the browser (or Electron).
 */
export function LeaveGuard({ when, what, keptBy }: LeaveGuardProps): ReactElement {
  const t = useT()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      currentLocation.pathname !== nextLocation.pathname &&
      `${nextLocation.pathname}${nextLocation.search}` !== keptBy,
  )
  useEffect(() => {
    if (!when) return
    const release = holdUnsavedWork(what)
    const ask = (event: BeforeUnloadEvent): void => {
      if (!unloadNeedsAsking()) return
      event.preventDefault()
      // Older browsers and Electron still look at returnValue.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => {
      release()
      window.removeEventListener('beforeunload', ask)
    }
  }, [when, what])
  // Saved or discarded while the question was open: nothing is lost any more, so the way out is free.
  useEffect(() => {
    if (blocker.state === 'blocked' && !when) blocker.proceed()
  }, [blocker, when])
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('ui.leave.title')}
      confirmLabel={t('ui.leave.confirm')}
      cancelLabel={t('ui.leave.stay')}
      onCancel={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
    >
      <p>{t('ui.leave.text', { what })}</p>
    </ConfirmDialog>
  )
}
