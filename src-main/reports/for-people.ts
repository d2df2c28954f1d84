import type { LocalClock } from './local-time'
import type { Cell, Column } from './report'

/** What a person sees in a cell of a CSV or XLSX export: text, a number, a wall time, or nothing. */
export type ShownCell = string | number | { wallMs: number } | null

/** The column's heading; a time column says which zone its times are in. */
export function heading(column: Column, clock: LocalClock): string {
  return column.time ? `${column.label} (${clock.zone})` : column.label
}

/**
 * How one column's values are shown to people: times on the wall clock of `clock`'s zone, codes in the
 * screens' words, true/false in the column's words for them (the export's language) or "Yes"/"No". Text
 * that is not what the column expects is shown as it is.
 */
export function shownAs(column: Column, clock: LocalClock): (value: Cell) => ShownCell {
  const { words } = column
  return (value) => {
    if (typeof value === 'boolean') return words?.[String(value)] ?? (value ? 'Yes' : 'No')
    if (typeof value !== 'string') return value
    if (column.time) {
      const wallMs = clock.wallMs(value)
      return wallMs === null ? value : { wallMs }
    }
    return words?.[value] ?? value
  }
}
