import type { ReactElement } from 'react'
import type { Verdict } from '../../../src-shared/domain/contacts'
import { useT } from '../../i18n/use-t'
import './verdicts.css'

/** A verdict, or one of the two groups the screens add: numbers Herald repaired, and every row. */
export type ChipTone = Verdict | 'repaired' | 'all'

export function chipClass(tone: ChipTone): string {
  return `chip chip--${tone.replace('_', '-')}`
}

const verdictKeys: Record<Verdict, string> = {
  valid: 'contacts.verdict.valid',
  invalid: 'contacts.verdict.invalid',
  duplicate: 'contacts.verdict.duplicate',
  opted_out: 'contacts.verdict.optedOut',
}

export function VerdictChip({ verdict }: { verdict: Verdict }): ReactElement {
  const t = useT()
  return <span className={chipClass(verdict)}>{t(verdictKeys[verdict])}</span>
}

/** A small count next to a list: "4 invalid". Nothing when there are none, so lists stay calm. */
type CountChipProps = { tone: ChipTone; count: number; text: string }

export function CountChip({ tone, count, text }: CountChipProps): ReactElement | null {
  if (count === 0) return null
  return <span className={chipClass(tone)}>{text}</span>
}
