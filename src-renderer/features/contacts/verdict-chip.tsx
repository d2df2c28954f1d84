import type { ReactElement } from 'react'
import { verdictLabels } from '../../../src-shared/domain/contacts'
import type { Verdict } from '../../../src-shared/domain/contacts'
import { formatCount } from '../../lib/format'
import './verdicts.css'

/** A verdict, or one of the two groups the screens add: numbers Herald repaired, and every row. */
export type ChipTone = Verdict | 'repaired' | 'all'

export function chipClass(tone: ChipTone): string {
  return `chip chip--${tone.replace('_', '-')}`
}

export function VerdictChip({ verdict }: { verdict: Verdict }): ReactElement {
  return <span className={chipClass(verdict)}>{verdictLabels[verdict]}</span>
}

/** A small count next to a list: "4 invalid". Nothing when there are none, so lists stay calm. */
type CountChipProps = { tone: ChipTone; count: number; label: string }

export function CountChip({ tone, count, label }: CountChipProps): ReactElement | null {
  if (count === 0) return null
  return (
    <span className={chipClass(tone)}>
      {formatCount(count)} {label}
    </span>
  )
}
