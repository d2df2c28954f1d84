import { describe, expect, it } from 'vitest'
import { hourFrame, shiftHour, shiftMatrix } from './heatmap-data'

describe('the heatmap in local time', () => {
  const empty = (): number[][] => Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0))

  it('moves late Saturday UTC hours to Sunday morning east of UTC, and back to Saturday west of it', () => {
    const utc = empty()
    utc[6]![23] = 5 // Saturday 23:00 UTC
    utc[0]![1] = 2 // Sunday 01:00 UTC
    const east = shiftMatrix(utc, 2)
    expect(east[0]![1]).toBe(5) // Sunday 01:00 at UTC+2: the week wraps around
    expect(east[0]![3]).toBe(2)
    const west = shiftMatrix(utc, -5)
    expect(west[6]![18]).toBe(5)
    expect(west[6]![20]).toBe(2) // Sunday 01:00 UTC is still Saturday evening at UTC−5
    expect(west.flat().reduce((a, b) => a + b, 0)).toBe(7)
  })

  it('keeps UTC for offsets that are not whole hours', () => {
    expect(hourFrame(330)).toEqual({ offsetHours: 0, local: false, offsetMinutes: 330 })
    expect(hourFrame(-240)).toEqual({ offsetHours: -4, local: true, offsetMinutes: -240 })
    expect(shiftHour(17, -4)).toBe(13)
    expect(shiftHour(22, 3)).toBe(1)
  })
})
