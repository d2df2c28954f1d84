import type { ImportProgress } from '../../../src-shared/domain/contacts'

type Shown = Pick<ImportProgress, 'phase' | 'percent' | 'message'>

/** The share of the bar that reading a chosen file in the page takes, before Herald parses it. */
const pageShare = 30

/**
 * Opening a file is two tasks in one bar: the page reads the chosen file (0–100 %), then Herald parses it
 * (its own 0–100 %). Each gets its share, so the bar never runs back from a full page read to Herald's 10 %.
 * The sample spreadsheet has no page read: Herald's part fills the whole bar.
 */
export function openingProgress(pageRead: number | null, herald: ImportProgress | null): Shown {
  const clamp = (percent: number): number => Math.max(0, Math.min(100, percent))
  if (pageRead === null) return herald ?? { phase: 'reading', percent: 0, message: '' }
  if (!herald) return { phase: 'reading', percent: (clamp(pageRead) * pageShare) / 100, message: '' }
  return { ...herald, percent: pageShare + (clamp(herald.percent) * (100 - pageShare)) / 100 }
}
