import type { ReactElement } from 'react'
import type { VerdictCounts } from '../../../src-shared/domain/contacts'
import { useT } from '../../i18n/use-t'
import { formatCount } from '../../lib/format'
import { chipClass } from './verdict-chip'
import type { ChipTone } from './verdict-chip'

export type VerdictFilterValue = ChipTone

const filterLabels: Record<VerdictFilterValue, string> = {
  all: 'contacts.filter.all',
  valid: 'contacts.filter.valid',
  invalid: 'contacts.filter.invalid',
  duplicate: 'contacts.filter.duplicate',
  opted_out: 'contacts.filter.optedOut',
  repaired: 'contacts.filter.repaired',
}

const filterHelp: Record<VerdictFilterValue, string> = {
  all: 'contacts.filter.allHelp',
  valid: 'contacts.filter.validHelp',
  invalid: 'contacts.filter.invalidHelp',
  duplicate: 'contacts.filter.duplicateHelp',
  opted_out: 'contacts.filter.optedOutHelp',
  repaired: 'contacts.filter.repairedHelp',
}

type VerdictFilterProps = {
  counts: VerdictCounts
  options: readonly VerdictFilterValue[]
  value: VerdictFilterValue
  onChange: (value: VerdictFilterValue) => void
}

export function countFor(counts: VerdictCounts, value: VerdictFilterValue): number {
  return value === 'all' ? counts.total : counts[value]
}

/** The verdict counts as big toggle buttons; pressing one shows only those rows in the table below. */
export function VerdictFilter({ counts, options, value, onChange }: VerdictFilterProps): ReactElement {
  const t = useT()
  return (
    <div className="verdict-filter" role="group" aria-label={t('contacts.filter.label')}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className={`verdict-filter__option verdict-filter__option--${option}`}
          aria-pressed={value === option}
          title={t(filterHelp[option])}
          onClick={() => onChange(option)}
        >
          <span className="verdict-filter__label">
            {option === 'all' ? null : (
              <span className={`${chipClass(option)} chip--dot`} aria-hidden="true" />
            )}
            {t(filterLabels[option])}
          </span>
          <span className="verdict-filter__count">{formatCount(countFor(counts, option))}</span>
        </button>
      ))}
    </div>
  )
}
