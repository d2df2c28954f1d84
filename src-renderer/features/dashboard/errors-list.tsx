import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { categoryInfo } from '../../../src-shared/domain/error-categories'
import type { Severity } from '../../../src-shared/domain/error-categories'
import { CheckIcon } from '../../ui/icons'
import { formatCount } from '../contacts/format'

/** Problems that stop a campaign come first: they are the ones to act on. */
const severityOrder: Severity[] = ['pause', 'fail', 'retry', 'skip']

function ordered(errors: Analytics['errors']): Analytics['errors'] {
  const rank = (category: Analytics['errors'][number]['category']): number =>
    severityOrder.indexOf(categoryInfo[category].severity)
  return [...errors].sort((a, b) => rank(a.category) - rank(b.category) || b.count - a.count)
}

/** Why messages failed or were skipped, and what to do about each reason. */
export function ErrorsList({ errors }: { errors: Analytics['errors'] }): ReactElement {
  const total = errors.reduce((sum, e) => sum + e.count, 0)
  return (
    <section className="card problems" aria-labelledby="errors-title">
      <h2 id="errors-title" className="card__title">
        What went wrong
      </h2>
      {errors.length === 0 ? (
        <p className="errors__none">
          <CheckIcon className="errors__ok" />
          No message failed or was skipped in this period.
        </p>
      ) : (
        <>
          <p className="card__intro">
            {formatCount(total)} failed or skipped messages, by reason, with what to do.
          </p>
          <ul className="problems__list">
            {ordered(errors).map((e) => (
              <li key={e.category} className={`problem problem--${categoryInfo[e.category].severity}`}>
                <div className="problem__head">
                  <span className="problem__label">{e.label}</span>
                  <span className="problem__count">{formatCount(e.count)}</span>
                </div>
                <p className="problem__advice">{e.recommendation}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
