import type { ReactElement } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import type { Severity } from '../../src-shared/domain/error-categories'
import { formatCount } from '../lib/format'
import './problem-list.css'

/** One reason messages failed or were skipped, with what the shop owner can do about it. */
export type Problem = {
  category: ErrorCategory
  label: string
  advice: string
  count: number
  /** A few of the contacts it happened to. */
  examples?: string[]
}

/** Problems that stop a campaign come first: they need the user now. */
const severityOrder: Severity[] = ['pause', 'fail', 'retry', 'skip']

function bySeverity(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem): number => severityOrder.indexOf(categoryInfo[p.category].severity)
  return [...problems].sort((a, b) => rank(a) - rank(b) || b.count - a.count)
}

/** Names and numbers, each whole in its own direction: a number reads left to right in Arabic text too. */
function Examples({ names }: { names: string[] }): ReactElement {
  const intl = useIntl()
  const shown = names.map((name, i) => <bdi key={i}>{name}</bdi>)
  return <>{intl.formatList(shown, { type: 'unit' })}</>
}

/** The reasons, worst first and then the most common, each marked by how serious it is. */
export function ProblemList({ problems }: { problems: readonly Problem[] }): ReactElement {
  return (
    <ul className="problems__list">
      {bySeverity(problems).map((p) => (
        <li key={p.category} className={`problem problem--${categoryInfo[p.category].severity}`}>
          <div className="problem__head">
            <span className="problem__label">{p.label}</span>
            <span className="problem__count">{formatCount(p.count)}</span>
          </div>
          <p className="problem__advice">{p.advice}</p>
          {p.examples ? (
            <p className="problem__examples">
              <FormattedMessage
                id="ui.problems.examples"
                values={{ names: <Examples names={p.examples} /> }}
              />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
