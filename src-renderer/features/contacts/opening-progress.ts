import type { ImportProgress } from '../../../src-shared/domain/contacts'

type Shown = Pick<ImportProgress, 'phase' | 'percent' | 'message' | 'messagePhrase'>

/** The share of the bar that sending a chosen file to Herald takes (the browser run), before Herald parses it. */
const pageShare = 30

/**
 * Opening a file in the browser run is two tasks in one bar: the page sends the chosen file to Herald
 * (0–100 %), then Herald parses it (its own 0–100 %). Each gets its share, so the bar never runs back from a
 * full send to Herald's 10 %. Where nothing is sent (the sample, the desktop app, which names the file and
 * lets Herald read it) Herald's part fills the whole bar.
 */
export function openingProgress(pageRead: number | null, herald: ImportProgress | null): Shown {
  const clamp = (percent: number): number => Math.max(0, Math.min(100, percent))
  if (pageRead === null) return herald ?? { phase: 'reading', percent: 0, message: '' }
  if (!herald) return { phase: 'reading', percent: (clamp(pageRead) * pageShare) / 100, message: '' }
  return { ...herald, percent: pageShare + (clamp(herald.percent) * (100 - pageShare)) / 100 }
}
