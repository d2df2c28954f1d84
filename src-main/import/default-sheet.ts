import type { RawSheet } from './read-workbook'

const sampleRows = 500
const phoneShaped = /^[+(]?[\d\s().\-/\u00a0]{7,24}$/

function phoneRows(sheet: RawSheet): number {
  let count = 0
  for (const row of sheet.rows.slice(0, sampleRows)) {
    if (row.some((cell) => cell !== null && phoneShaped.test(cell.trim()) && /(?:\d\D*){7}/.test(cell)))
      count++
  }
  return count
}

/**
 * The sheet that most likely holds the contacts: the one with the most rows holding a phone-shaped value
 * (counted in the first rows, so a big file is not read twice); on a tie, the first sheet with data.
 */
export function pickDefaultSheet(sheets: RawSheet[]): string {
  let best: RawSheet | undefined
  let bestCount = -1
  for (const sheet of sheets) {
    if (sheet.rows.length === 0) continue
    const count = phoneRows(sheet)
    if (count > bestCount) {
      best = sheet
      bestCount = count
    }
  }
  return (best ?? sheets[0])?.name ?? ''
}
