import { describe, expect, it } from 'vitest'
import { AppError } from '../errors'
import { localClock, spreadsheetSerial, wallText } from './local-time'

const shown = (zone: string, iso: string): string | null => {
  const wall = localClock(zone).wallMs(iso)
  return wall === null ? null : wallText(wall)
}

describe('localClock', () => {
  it('reads an instant on the wall clock of the zone asked for, whatever the computer’s zone', () => {
    expect(shown('Asia/Kolkata', '2026-03-02T10:00:00.000Z')).toBe('2026-03-02 15:30:00')
    expect(shown('Pacific/Kiritimati', '2026-03-02T10:00:00.000Z')).toBe('2026-03-03 00:00:00')
    expect(shown('America/Los_Angeles', '2026-03-02T07:59:59.999Z')).toBe('2026-03-01 23:59:59')
    expect(shown('UTC', '2026-03-02T10:04:05Z')).toBe('2026-03-02 10:04:05')
  })

  it('follows daylight saving time on both sides of each change', () => {
    const clock = localClock('America/New_York')
    const at = (iso: string): string => wallText(clock.wallMs(iso) ?? NaN)
    expect(at('2026-03-08T06:59:59Z')).toBe('2026-03-08 01:59:59')
    expect(at('2026-03-08T07:00:00Z')).toBe('2026-03-08 03:00:00')
    expect(at('2026-11-01T05:30:00Z')).toBe('2026-11-01 01:30:00')
    expect(at('2026-11-01T06:30:00Z')).toBe('2026-11-01 01:30:00')
    expect(at('2026-11-01T07:00:00Z')).toBe('2026-11-01 02:00:00')
    // A second look, from the cache, agrees
    expect(at('2026-03-08T06:59:59Z')).toBe('2026-03-08 01:59:59')
  })

  it('leaves unreadable text alone and refuses a zone it does not know', () => {
    expect(localClock('UTC').wallMs('soon')).toBeNull()
    expect(() => localClock('Mars/Olympus')).toThrow(AppError)
  })
})

describe('spreadsheetSerial', () => {
  it('counts days from 1899-12-30, the time of day as a fraction', () => {
    expect(spreadsheetSerial(Date.UTC(1970, 0, 1))).toBe(25_569)
    expect(spreadsheetSerial(Date.UTC(2026, 2, 2, 18))).toBe(46_083.75)
  })
})
