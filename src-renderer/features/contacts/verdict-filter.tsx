import type { ReactElement } from 'react'
import type { VerdictCounts } from '../../../src-shared/domain/contacts'
import { formatCount } from '../../lib/format'
import { chipClass } from './verdict-chip'
import type { ChipTone } from './verdict-chip'

export type VerdictFilterValue = ChipTone

const filterLabels: Record<VerdictFilterValue, string> = {
  all: 'All',
  valid: 'Valid',
  invalid: 'Invalid',
  duplicate: 'Duplicates',
  opted_out: 'Opted out',
  repaired: 'Repaired',
}

const filterHelp: Record<VerdictFilterValue, string> = {
  all: 'Every row',
  valid: 'Will be messaged',
  invalid: 'Number cannot be used',
  duplicate: 'Same number twice',
  opted_out: 'Asked not to be messaged',
  repaired: 'Number fixed by Herald',
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
  return (
    <div className="verdict-filter" role="group" aria-label="Show rows">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className={`verdict-filter__option verdict-filter__option--${option}`}
          aria-pressed={value === option}
          title={filterHelp[option]}
          onClick={() => onChange(option)}
        >
          <span className="verdict-filter__label">
            {option === 'all' ? null : (
              <span className={`${chipClass(option)} chip--dot`} aria-hidden="true" />
            )}
            {filterLabels[option]}
          </span>
          <span className="verdict-filter__count">{formatCount(countFor(counts, option))}</span>
        </button>
      ))}
    </div>
  )
}
