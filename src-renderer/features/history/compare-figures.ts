import type { Analytics } from '../../../src-shared/domain/analytics'
import type { RateKey } from '../../../src-shared/domain/rates'
import { formatCount, formatDuration, formatPercent } from '../../lib/format'

/** One line of the comparison: how to read each side, and which way is better (if any). */
export type CompareLine = {
  /** Its name under history.compare.line in the catalogues: "messages" is "Messages". */
  key: string
  value: (a: Analytics) => number | null
  format: (value: number | null) => string
  better?: 'higher' | 'lower'
}

const count = (v: number | null): string => (v === null ? '—' : formatCount(v))
const rate = (key: RateKey, better: 'higher' | 'lower'): CompareLine => ({
  key,
  value: (a) => a.rates[key],
  format: formatPercent,
  better,
})

export const compareLines: CompareLine[] = [
  { key: 'messages', value: (a) => a.funnel.queued, format: count },
  { key: 'sent', value: (a) => a.funnel.sent, format: count },
  rate('success', 'higher'),
  rate('delivery', 'higher'),
  rate('read', 'higher'),
  rate('reply', 'higher'),
  rate('optOut', 'lower'),
  { key: 'failed', value: (a) => a.totals.failed, format: count, better: 'lower' },
  { key: 'skipped', value: (a) => a.totals.skipped, format: count },
  {
    key: 'timeToDeliver',
    value: (a) => a.rates.timeToDeliver.medianSeconds,
    format: formatDuration,
    better: 'lower',
  },
  {
    key: 'timeToRead',
    value: (a) => a.rates.timeToRead.medianSeconds,
    format: formatDuration,
    better: 'lower',
  },
  {
    key: 'timeToReply',
    value: (a) => a.rates.timeToReply.medianSeconds,
    format: formatDuration,
    better: 'lower',
  },
  { key: 'duration', value: (a) => a.rates.durationSeconds, format: formatDuration },
]

/** Which side did better on this line: 0, 1, or null for a tie, no verdict or a missing value. */
export function betterSide(line: CompareLine, sides: readonly [Analytics, Analytics]): 0 | 1 | null {
  if (!line.better) return null
  const [x, y] = sides.map(line.value)
  if (x === null || y === null || x === undefined || y === undefined) return null
  // Values that read the same ("2 s" and "2 s") are a tie for the reader, whatever the decimals say.
  if (line.format(x) === line.format(y)) return null
  const higher = x > y ? 0 : 1
  return line.better === 'higher' ? higher : higher === 0 ? 1 : 0
}
