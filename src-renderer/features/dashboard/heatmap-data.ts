// The analytics count hours in UTC. Shown in the user's own time, a cell moves by the offset, and hours
// near midnight move to the day before or after: 23:00 UTC on Sunday is 01:00 on Monday at UTC+2.

/** Monday first, as shop weeks are planned; values are the matrix's weekday index (0 = Sunday). */
export const weekdayOrder = [1, 2, 3, 4, 5, 6, 0] as const

/** How to show hours: shifted by a whole number of hours, or left in UTC. */
export type HourFrame = { offsetHours: number; local: boolean; offsetMinutes: number }

/**
 * The frame for a UTC offset in minutes (east positive). An offset such as +5:30 would split every UTC
 * hour across two local hours, so such places see UTC, labelled as such.
 */
export function hourFrame(offsetMinutes: number): HourFrame {
  if (offsetMinutes % 60 !== 0) return { offsetHours: 0, local: false, offsetMinutes }
  return { offsetHours: offsetMinutes / 60, local: offsetMinutes !== 0, offsetMinutes }
}

/** The browser's current offset from UTC, in minutes, east positive. */
export function currentOffsetMinutes(now: Date = new Date()): number {
  return -now.getTimezoneOffset()
}

/** matrix[weekday][hour] in UTC → the same counts at [weekday][hour] of the frame. */
export function shiftMatrix(matrix: readonly (readonly number[])[], offsetHours: number): number[][] {
  const week = 7 * 24
  const shifted = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0))
  matrix.forEach((row, weekday) => {
    row.forEach((count, hour) => {
      const slot = (((weekday * 24 + hour + offsetHours) % week) + week) % week
      const line = shifted[Math.floor(slot / 24)]
      if (line) line[slot % 24] = (line[slot % 24] ?? 0) + count
    })
  })
  return shifted
}

/** A UTC hour of the day in the frame. */
export function shiftHour(hour: number, offsetHours: number): number {
  return (((hour + offsetHours) % 24) + 24) % 24
}

/** The largest count in a matrix, for shading; at least 1 so that empty grids divide safely. */
export function matrixPeak(matrix: readonly (readonly number[])[]): number {
  return Math.max(1, ...matrix.flat())
}
