import type { ReactElement } from 'react'
import type { DatabaseHealth } from '../../../src-shared/domain/reports'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { formatCount, formatFileSize } from '../../lib/format'
import type { Query } from '../../lib/query'
import { AlertIcon, CheckIcon } from '../../ui/icons'
import { InlineError } from '../../ui/load-states'

const figuresOf = (health: DatabaseHealth, t: Translate): [string, string][] => [
  [t('settings.health.size'), formatFileSize(health.databaseBytes)],
  // SQLite's write-ahead log, in a shop owner's words: it is normal, and Herald folds it in by itself.
  [t('settings.health.wal'), formatFileSize(health.walBytes)],
  [t('settings.health.campaigns'), formatCount(health.campaigns)],
  [t('settings.health.messages'), formatCount(health.messages)],
]

function Verdict({ health }: { health: DatabaseHealth }): ReactElement {
  const t = useT()
  if (health.ok) {
    return (
      <p className="data-care__verdict data-care__verdict--ok">
        <CheckIcon className="data-care__verdict-icon" />
        {t('settings.health.ok')}
      </p>
    )
  }
  return (
    <div className="data-care__verdict data-care__verdict--bad" role="alert">
      <AlertIcon className="data-care__verdict-icon" />
      <div>
        <p>{t('settings.health.bad')}</p>
        <ul>
          {health.integrity.slice(0, 3).map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

/** The database's health, read when Settings opens and again on "Check now". */
export function HealthPanel({ read }: { read: Query<DatabaseHealth> }): ReactElement {
  const t = useT()
  const { data: health, fetching: checking } = read
  // A new check starts clean: the last one's failure is not shown while it runs.
  const error = checking ? null : read.error?.message
  return (
    <div className="data-care__part" aria-labelledby="data-care-health">
      <div className="data-care__head">
        <h3 id="data-care-health" className="field-group__title">
          {t('settings.health.title')}
        </h3>
        <button type="button" className="button button--small" onClick={read.refetch} disabled={checking}>
          {checking ? t('settings.health.checking') : t('settings.health.check')}
        </button>
      </div>
      {error ? <InlineError>{t('settings.health.failed', { reason: error })}</InlineError> : null}
      {health ? (
        <>
          <Verdict health={health} />
          <dl className="data-care__figures">
            {figuresOf(health, t).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : checking ? (
        <p className="muted">{t('settings.health.checkingDatabase')}</p>
      ) : null}
    </div>
  )
}
