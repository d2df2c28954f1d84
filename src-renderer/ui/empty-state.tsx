import { useId } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'
import { useT } from '../i18n/use-t'
import { ArrowRightIcon, InfoIcon } from './icons'

type EmptyStateProps = {
  icon: ReactElement
  title: string
  children: ReactNode
  /** The one next step, as a link to the screen that has it. */
  next?: { to: string; label: string }
  /** Other buttons, where the next step is not a link. */
  actions?: ReactNode
}

/** What a screen shows before there is anything on it: what this is for and the one next step. */
export function EmptyState({ icon, title, children, next, actions }: EmptyStateProps): ReactElement {
  const buttons = next ? (
    <NextStep to={next.to} primary>
      {next.label}
    </NextStep>
  ) : (
    actions
  )
  return (
    <section className="card empty-state" aria-label={title}>
      <div className="round-mark round-mark--green empty-state__icon">{icon}</div>
      <h2 className="empty-state__title">{title}</h2>
      <div className="empty-state__text">{children}</div>
      {buttons ? <div className="empty-state__actions">{buttons}</div> : null}
    </section>
  )
}

type GoneProps = {
  /** "This list no longer exists" */
  title: string
  /** Where the rest is, as a link. */
  back: { to: string; label: string }
  icon?: ReactElement
  /** What may have happened. */
  children: ReactNode
}

/** In place of something that is not there (any more): what may have happened, and the way back. */
export function Gone({ title, back, icon = <InfoIcon />, children }: GoneProps): ReactElement {
  return (
    <EmptyState icon={icon} title={title} next={back}>
      <p>{children}</p>
    </EmptyState>
  )
}

/** Before the first campaign, on a screen that shows what campaigns did: what it will show, and where to start. */
export function NoCampaignsYet({
  icon,
  children,
}: {
  icon: ReactElement
  children: ReactNode
}): ReactElement {
  const t = useT()
  return (
    <EmptyState
      icon={icon}
      title={t('ui.noCampaigns.title')}
      next={{ to: '/campaigns', label: t('ui.noCampaigns.next') }}
    >
      <p>{children}</p>
    </EmptyState>
  )
}

/** A button for a feature that is not built yet: visible so the user knows it is coming, but inert. */
export function ComingSoon({ label }: { label: string }): ReactElement {
  const t = useT()
  const noteId = useId()
  return (
    <span className="coming-soon">
      <button type="button" className="button button--primary" disabled aria-describedby={noteId}>
        {label}
      </button>
      <span id={noteId} className="coming-soon__note">
        {t('ui.comingSoon')}
      </span>
    </span>
  )
}

/** A link styled as a button, for the next step on the user's journey. */
export function NextStep({
  to,
  children,
  primary,
}: {
  to: string
  children: ReactNode
  primary?: boolean
}): ReactElement {
  return (
    <Link to={to} className={primary ? 'button button--primary' : 'button'}>
      {children}
      <ArrowRightIcon className="icon icon--small" />
    </Link>
  )
}
