import { useCallback, useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import type { DatabaseHealth } from '../../../src-shared/domain/reports'
import type { Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import { formatCount, formatFileSize } from '../../lib/format'
import { AlertIcon, CheckIcon } from '../../ui/icons'

type HealthState = { health: DatabaseHealth | null; checking: boolean; error: string | null }

/** The database's health, read when Settings opens and again on "Check now". */
export function useHealth(): HealthState & { check: () => Promise<void> } {
  const [state, setState] = useState<HealthState>({ health: null, checking: true, error: null })
  const settle = useCallback((result: Result<DatabaseHealth>): void => {
    if (result.ok) setState({ health: result.value, checking: false, error: null })
    else setState((s) => ({ ...s, checking: false, error: result.error.message }))
  }, [])
  const check = useCallback(async (): Promise<void> => {
    setState((s) => ({ ...s, checking: true, error: null }))
    settle(await api.invoke('db:health', {}))
  }, [settle])
  useEffect(() => {
    let live = true
    void api.invoke('db:health', {}).then((result) => {
      if (live) settle(result)
    })
    return () => {
      live = false
    }
  }, [settle])
  return { ...state, check }
}

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

export function HealthPanel(props: HealthState & { check: () => Promise<void> }): ReactElement {
  const { health, checking, error, check } = props
  return (
    <div className="data-care__part" aria-labelledby="data-care-health">
      <div className="data-care__head">
        <h3 id="data-care-health" className="field-group__title">
          Health
        </h3>
        <button
          type="button"
          className="button button--small"
          onClick={() => void check()}
          disabled={checking}
        >
          {checking ? 'Checking…' : 'Check now'}
        </button>
      </div>
      {error ? (
        <div className="inline-error" role="alert">
          <p>The check could not run: {error}</p>
        </div>
      ) : null}
      {health ? (
        <>
          <Verdict health={health} />
          <dl className="data-care__figures">
            <div>
              <dt>Database size</dt>
              <dd>{formatFileSize(health.databaseBytes)}</dd>
            </div>
            <div>
              <dt>Changes not yet folded in (WAL)</dt>
              <dd>{formatFileSize(health.walBytes)}</dd>
            </div>
            <div>
              <dt>Campaigns</dt>
              <dd>{formatCount(health.campaigns)}</dd>
            </div>
            <div>
              <dt>Messages</dt>
              <dd>{formatCount(health.messages)}</dd>
            </div>
          </dl>
        </>
      ) : checking ? (
        <p className="muted">Checking the database…</p>
      ) : null}
    </div>
  )
}
