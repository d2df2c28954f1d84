import { useId } from 'react'
import type { ReactElement } from 'react'
import { maxSkipRecentDays } from '../../../src-shared/domain/campaigns'
import type { RecentChoice } from './use-campaign-form'
import { useT } from '../../i18n/use-t'

type RecentFieldProps = {
  recent: RecentChoice
  dryRun: boolean
  error: string | undefined
  onChange: (next: RecentChoice) => void
}

/** "Leave out contacts messaged in the last [7] days": the contact frequency cap for this campaign. */
export function RecentField({ recent, dryRun, error, onChange }: RecentFieldProps): ReactElement {
  const t = useT()
  const id = useId()
  const helpId = `${id}-help`
  const errorId = `${id}-error`
  const describedBy = error ? `${errorId} ${helpId}` : helpId
  return (
    <div className="form-check recent-field">
      <input
        id={`${id}-on`}
        type="checkbox"
        checked={recent.on}
        aria-describedby={describedBy}
        onChange={(event) => onChange({ ...recent, on: event.target.checked })}
      />
      <span>
        <span className="recent-field__line">
          <label htmlFor={`${id}-on`} className="form-check__label">
            {t('campaigns.recent.label')}
          </label>
          <input
            className="input recent-field__days"
            type="number"
            min={1}
            max={maxSkipRecentDays}
            inputMode="numeric"
            aria-label={t('campaigns.recent.daysLabel')}
            aria-invalid={Boolean(error)}
            aria-describedby={describedBy}
            disabled={!recent.on}
            value={recent.days}
            onChange={(event) => onChange({ on: true, days: event.target.value })}
          />
          <span className="form-check__label" aria-hidden="true">
            {t('campaigns.recent.days', { count: Number(recent.days) || 0 })}
          </span>
        </span>
        {error ? (
          <span className="form-field__error" id={errorId} role="alert">
            {error}
          </span>
        ) : null}
        <span id={helpId} className="form-check__help">
          {t(dryRun ? 'campaigns.recent.helpDryRun' : 'campaigns.recent.help')}
        </span>
      </span>
    </div>
  )
}
