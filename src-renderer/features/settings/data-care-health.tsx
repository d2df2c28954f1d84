import type { ReactElement } from 'react'
import type { DatabaseHealth } from '../../../src-shared/domain/reports'
import { formatCount, formatFileSize } from '../../lib/format'
import type { Query } from '../../lib/query'
import { AlertIcon, CheckIcon } from '../../ui/icons'
import { InlineError } from '../../ui/load-states'

const figuresOf = (health: DatabaseHealth): [string, string][] => [
  ['Database size', formatFileSize(health.databaseBytes)],
  // SQLite's write-ahead log, in a shop owner's words: it is normal, and Herald folds it in by itself.
  ['Recent changes waiting to be tidied into the main file (normal)', formatFileSize(health.walBytes)],
  ['Campaigns', formatCount(health.campaigns)],
  ['Messages', formatCount(health.messages)],
]

function Verdict({ health }: { health: DatabaseHealth }): ReactElement {
  if (health.ok) {
    return (
      <p className="data-care__verdict data-care__verdict--ok">
        <CheckIcon className="data-care__verdict-icon" />
        The database is healthy: every page checked out.
      </p>
    )
  }
  return (
    <div className="data-care__verdict data-care__verdict--bad" role="alert">
      <AlertIcon className="data-care__verdict-icon" />
      <div>
        <p>
          The check found problems in the database. Back up now to keep what can be read, then restore your
          latest good backup below. Keep the damaged file: support can look at it.
        </p>
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
  const { data: health, fetching: checking } = read
  // A new check starts clean: the last one's failure is not shown while it runs.
  const error = checking ? null : read.error?.message
  return (
    <div className="data-care__part" aria-labelledby="data-care-health">
      <div className="data-care__head">
        <h3 id="data-care-health" className="field-group__title">
          Health
        </h3>
        <button type="button" className="button button--small" onClick={read.refetch} disabled={checking}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
      </div>
      {error ? <InlineError>The check could not run: {error}</InlineError> : null}
      {health ? (
        <>
          <Verdict health={health} />
          <dl className="data-care__figures">
            {figuresOf(health).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : checking ? (
        <p className="muted">Checking the database…</p>
      ) : null}
    </div>
  )
}
