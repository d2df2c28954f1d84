import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { formatCount } from '../../lib/format'
import { CheckIcon } from '../icons'
import { ProblemList } from '../problem-list'
import { Card } from '../card'
import './analytics.css'

/** Why messages failed or were skipped, and what to do about each reason. */
export function ErrorsList({ errors }: { errors: Analytics['errors'] }): ReactElement {
  const total = errors.reduce((sum, e) => sum + e.count, 0)
  return (
    <Card title="What went wrong" className="problems">
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
          <ProblemList
            problems={errors.map((e) => ({
              category: e.category,
              label: e.label,
              advice: e.recommendation,
              count: e.count,
            }))}
          />
        </>
      )}
    </Card>
  )
}
