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
 *
 * Excel shows a number of 12 digits or more as 4.47911E+11, six digits at most, and writes that into a
 * CSV; a spreadsheet program that opens the CSV stores 447911000000, the lost digits now zeros. A number
 * of a phone's length (12 to 15 digits) that ends so is given back as Excel showed it, which the phone
 * check refuses as shortened: a real number ending in six zeros is one in a million, and messaging a
 * stranger is worse than asking for it again. The displayed text cannot tell: xlsx shows every such
 * number as 4.47911E+11, ods shows them all in full.
 */
function numberText(n: number, shown: string | undefined): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n)
  const digits = BigInt(n).toString()
  if (digits.length >= 12 && digits.length <= 15 && n > 0 && /^0+$/.test(digits.slice(6))) {
    return n.toExponential().toUpperCase()
  }
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

/**
 * A text cell as the person wrote it: a line break is LF whether the file came from Windows (CR LF) or an
 * old Mac (CR), and the spaces around the text are not part of it. Null when nothing is left.
 */
export function cellText(text: string): string | null {
  const trimmed = (text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n')).trim()
  return trimmed === '' ? null : trimmed
}

/** The value of one cell as text, or null when it is empty. */
export function sheetCell(cell: CellObject | undefined): string | null {
  if (!cell || cell.v === undefined || cell.v === null) return null
  const v = cell.v
  let text: string
  if (cell.t === 'e') text = cell.w ?? ''
  else if (v instanceof Date) text = isoDate(v)
  else if (typeof v === 'number') text = numberText(v, cell.w)
  else if (typeof v === 'boolean') text = v ? 'TRUE' : 'FALSE'
  else text = v
  return cellText(text)
}
