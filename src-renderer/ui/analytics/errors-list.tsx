import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { useT } from '../../i18n/use-t'
import { CheckIcon } from '../icons'
import { ProblemList } from '../problem-list'
import { Card } from '../card'
import { errorAdvice, errorTitle } from './error-words'
import './analytics.css'

/** Why messages failed or were skipped, and what to do about each reason. */
export function ErrorsList({ errors }: { errors: Analytics['errors'] }): ReactElement {
  const t = useT()
  const total = errors.reduce((sum, e) => sum + e.count, 0)
  return (
    <Card title={t('analytics.errors.title')} className="problems">
      {errors.length === 0 ? (
        <p className="errors__none">
          <CheckIcon className="errors__ok" />
          {t('analytics.errors.none')}
        </p>
      ) : (
        <>
          <p className="card__intro">{t('analytics.errors.intro', { count: total })}</p>
          <ProblemList
            problems={errors.map((e) => ({
              category: e.category,
              label: errorTitle(t, e.category),
              advice: errorAdvice(t, e.category),
              count: e.count,
            }))}
          />
        </>
      )}
    </Card>
  )
}
