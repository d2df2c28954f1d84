import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { AlertNotice } from '../../../src-shared/domain/alerts'
import { alertNoticeWords } from '../../../src-shared/domain/notice-words'
import { alertPath } from '../../lib/alert-notifications'
import { useSay, useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import './alerts.css'

/** How long a note stays before it closes by itself. */
const shownMs = 20_000

function Toast({ notice }: { notice: AlertNotice }): ReactElement {
  const t = useT()
  const say = useSay()
  const { title, body } = alertNoticeWords(notice, say)
  const dismiss = useStore((state) => state.dismissAlertToast)
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(notice.deliveryId), shownMs)
    return () => window.clearTimeout(timer)
  }, [dismiss, notice.deliveryId])
  const path = alertPath(notice)
  return (
    <li className={`alert-toast alert-toast--${notice.event}`}>
      <p className="alert-toast__title">{title}</p>
      <p className="alert-toast__body">{body}</p>
      <div className="alert-toast__actions">
        <Link to={path} className="alert-toast__link" onClick={() => dismiss(notice.deliveryId)}>
          {path === '/alerts' ? t('alerts.toast.seeAlerts') : t('alerts.toast.openCampaign')}
        </Link>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('alerts.toast.closeLabel', { title })}
          onClick={() => dismiss(notice.deliveryId)}
        >
          {t('alerts.toast.close')}
        </button>
      </div>
    </li>
  )
}

/** The alerts that fired while Herald's window is open, as notes in its corner (whatever the desktop shows). */
export function AlertToasts(): ReactElement {
  const t = useT()
  const toasts = useStore((state) => state.alertToasts)
  return (
    <section className="alert-toasts" aria-label={t('alerts.toast.region')} aria-live="polite">
      {toasts.length > 0 ? (
        <ul className="alert-toasts__list">
          {toasts.map((notice) => (
            <Toast key={notice.deliveryId} notice={notice} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}
