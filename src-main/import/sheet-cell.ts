import type { CellObject } from '@e965/xlsx'

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** Dates come from SheetJS read with UTC: true, so the UTC fields hold the date as the sheet shows it. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const h = date.getUTCHours()
  const m = date.getUTCMinutes()
  const s = date.getUTCSeconds()
  if (h === 0 && m === 0 && s === 0) return day
  return `${day} ${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`}`
}

/**
 * Integers as their exact digits: 447700900123, never 4.477E+11 nor 447700900123.0. A number shown with
 * leading zeros by its cell format (a "00000000000" format keeps the 0 of 07700 900123) keeps them.
 */
function numberText(n: number, shown: string | undefined): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n)
  const digits = BigInt(n).toString()
  if (shown !== undefined && !/e/i.test(shown)) {
    const shownDigits = shown.replace(/\D/g, '')
    if (
      shownDigits.length > digits.length &&
      shownDigits.endsWith(digits) &&
      /^0+$/.test(shownDigits.slice(0, -digits.length))
    ) {
      return shown.trim()
    }
  }
  return digits
}

/** The raw value of one cell as text, or null when it is empty. */
export function sheetCell(cell: CellObject | undefined): string | null {
  if (!cell || cell.v === undefined || cell.v === null) return null
  const v = cell.v
  let text: string
  if (cell.t === 'e') text = cell.w ?? ''
  else if (v instanceof Date) text = isoDate(v)
  else if (typeof v === 'number') text = numberText(v, cell.w)
  else if (typeof v === 'boolean') text = v ? 'TRUE' : 'FALSE'
  else text = v
  return text.trim() === '' ? null : text
}
