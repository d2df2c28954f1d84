import { useId } from 'react'
import type { ReactElement, ReactNode } from 'react'

type CardProps = {
  /** The card's heading, which also names it for screen readers. */
  title: string
  className?: string
  children: ReactNode
}

/** A titled section of a screen, in a card. */
export function Card({ title, className, children }: CardProps): ReactElement {
  const titleId = useId()
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  )
}
