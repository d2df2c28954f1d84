import { describe, expect, it } from 'vitest'
import { countryName, formatDay, formatDuration, formatOffset, formatRate, shareOf } from './format'
import { hourFrame, shiftHour, shiftMatrix } from './heatmap-data'
import { customPeriodError, periodQuery } from './period'
import { fillDays } from './trend-data'

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [0.4, 'under 1 s'],
    [8.4, '8 s'],
    [59.4, '59 s'],
    [119, '2 min'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
    [86_400 + 4 * 3600, '1 day 4 h'],
    [3 * 86_400, '3 days'],
  ])('%s s reads as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})

describe('formatRate', () => {
  it('keeps one decimal under 10% and none above', () => {
    expect(formatRate(0.0713)).toBe('7.1%')
    expect(formatRate(0.93)).toBe('93%')
    expect(formatRate(0.05)).toBe('5.0%')
  })

  it('never rounds to all or nothing when that is not so', () => {
    expect(formatRate(0.998)).toBe('99%')
    expect(formatRate(1)).toBe('100%')
    expect(formatRate(0.0001)).toBe('<0.1%')
    expect(formatRate(0)).toBe('0%')
  })

  it('shows a dash when there is nothing to divide by', () => {
    expect(formatRate(null)).toBe('—')
    expect(shareOf(3, 0)).toBe('—')
    expect(shareOf(45, 50)).toBe('90%')
  })
})

describe('places and days', () => {
  it('names countries, and falls back to the calling code', () => {
    expect(countryName('GB', '44')).toBe('United Kingdom')
    expect(countryName(null, '999')).toBe('Other numbers (+999)')
  })

  it('writes offsets and UTC days as people do', () => {
    expect(formatOffset(120)).toBe('UTC+2')
    expect(formatOffset(-300)).toBe('UTC−5')
    expect(formatOffset(330)).toBe('UTC+5:30')
    expect(formatDay('2026-03-01')).toBe('1 Mar')
  })
})

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

describe('periods', () => {
  const now = new Date('2026-03-10T21:30:00Z')

  it('counts today and the days before it, open-ended', () => {
    expect(periodQuery({ kind: '7', since: '', until: '' }, null, now)).toEqual({ since: '2026-03-04' })
    expect(periodQuery({ kind: '30', since: '', until: '' }, 4, now)).toEqual({
      since: '2026-02-09',
      campaignId: 4,
    })
    expect(periodQuery({ kind: 'all', since: 'x', until: '' }, null, now)).toEqual({})
  })

  it('asks for a custom period only when it makes sense', () => {
    const custom = (since: string, until: string) => ({ kind: 'custom' as const, since, until })
    expect(periodQuery(custom('2026-03-05', '2026-03-01'), null, now)).toBeNull()
    expect(customPeriodError('2026-03-05', '2026-03-01')).toBe('The start date comes after the end date.')
    expect(customPeriodError('', '')).toMatch(/Choose a start date/)
    expect(periodQuery(custom('2026-03-01', ''), null, now)).toEqual({ since: '2026-03-01' })
    expect(periodQuery(custom('2026-03-01', '2026-03-01'), 2, now)).toEqual({
      campaignId: 2,
      since: '2026-03-01',
      until: '2026-03-01',
    })
  })
})

describe('the daily trend', () => {
  it('fills quiet days with zeros between the first and the last active day', () => {
    const day = (date: string, sent: number) => ({ date, sent, delivered: 0, read: 0, replied: 0, failed: 1 })
    const days = fillDays([day('2026-02-27', 5), day('2026-03-02', 7)])
    expect(days.map((d) => d.date)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'])
    expect(days.map((d) => d.sent)).toEqual([5, 0, 0, 7])
    expect(days[1]?.failed).toBe(0)
    expect(fillDays([])).toEqual([])
  })
})
