import { useId } from 'react'
import type { ReactElement, ReactNode } from 'react'

type CardProps = {
  /** The card's heading, which also names it for screen readers. */
  title: string
  className?: string
  /** What sits beside the title, in the card's head: a switch, a count, a button. */
  actions?: ReactNode
  /** For a card that lays its head out its own way (with `actions`). */
  headClassName?: string
  titleClassName?: string
  children: ReactNode
}

/** A titled section of a screen, in a card. */
export function Card(props: CardProps): ReactElement {
  const { title, className, actions, headClassName = 'card__head', titleClassName = 'card__title' } = props
  const titleId = useId()
  const heading = (
    <h2 id={titleId} className={titleClassName}>
      {title}
    </h2>
  )
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={titleId}>
      {actions === undefined ? (
        heading
      ) : (
        <div className={headClassName}>
          {heading}
          {actions}
        </div>
      )}
      {props.children}
    </section>
  )
}
