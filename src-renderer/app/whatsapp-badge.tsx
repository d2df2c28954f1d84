import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import { Link } from 'react-router'
import { badgeView, numbersBadgeView } from '../features/connect/connection-view'
import { useSay, useT } from '../i18n/use-t'
import { useNumbers } from '../lib/use-numbers'
import { useStore } from '../state/store'

/**
 * The WhatsApp connection, visible on every screen; it leads to Connect, where it can be changed. With
 * several sending numbers it counts the connected ones, and its hint names the first one with a problem.
 */
export function WhatsAppBadge(): ReactElement {
  const t = useT()
  const say = useSay()
  const whatsapp = useStore((state) => state.whatsapp)
  const failed = useStore((state) => state.whatsappStatus === 'failed')
  const numbers = useNumbers().data ?? []
  const several = numbers.length > 1
  const { label, tone } = several
    ? numbersBadgeView(
        t,
        numbers.map((n) => n.state),
      )
    : badgeView(t, whatsapp, failed)
  const troubled = several ? numbers.find((n) => n.state.problem) : null
  const hint =
    tone !== 'bad'
      ? t('app.badge.hint')
      : troubled?.state.problem
        ? t('app.badge.numberProblem', {
            name: troubled.name,
            problem: say(troubled.state.problem.messagePhrase, troubled.state.problem.message),
          })
        : whatsapp?.problem
          ? say(whatsapp.problem.messagePhrase, whatsapp.problem.message)
          : t('app.badge.hint')
  return (
    <Link to="/connect" className={`wa-badge wa-badge--${tone}`} title={hint}>
      <span role="status" aria-label={t('app.badge.label', { state: label })} className="wa-badge__content">
        <span className="wa-badge__dot" aria-hidden="true" />
        <FormattedMessage
          id="app.badge.content"
          values={{
            state: label,
            prefix: (chunks) => <span className="wa-badge__prefix">{chunks}</span>,
            label: (chunks) => <span className="wa-badge__label">{chunks}</span>,
          }}
        />
      </span>
    </Link>
  )
}
