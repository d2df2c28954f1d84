import { describe, expect, it } from 'vitest'
import {
  countryName,
  formatClock,
  formatCount,
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatFileSize,
  formatHour,
  formatOffset,
  formatPercent,
  formatPhone,
  formatTimeOfDay,
  formatWhen,
  plural,
  shareOf,
  setFormatLocale,
} from './format'

// Every date below names its zone, so the results are the same on any computer, at any hour.
const utc = { timeZone: 'UTC' }
const kiritimati = { timeZone: 'Pacific/Kiritimati' } // UTC+14: already tomorrow
const losAngeles = { timeZone: 'America/Los_Angeles' } // UTC−8 in winter: still yesterday

describe('counts', () => {
  it('groups thousands the English way, whatever the language of the computer', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(0)).toBe('0')
  })

  it('says one or many', () => {
    expect(plural(1, 'duplicate', 'duplicates')).toBe('1 duplicate')
    expect(plural(0, 'duplicate', 'duplicates')).toBe('0 duplicates')
    expect(plural(2500, 'reply', 'replies')).toBe('2,500 replies')
  })
})

describe('formatPercent', () => {
  it('keeps one decimal under 10% and none from there up', () => {
    expect(formatPercent(0.0713)).toBe('7.1%')
    expect(formatPercent(0.05)).toBe('5.0%')
    expect(formatPercent(0.93)).toBe('93%')
    expect(formatPercent(0.934)).toBe('93%')
  })

  it('writes a percentage as the window’s language does, with the same rounding', () => {
    // The space before % is a non-breaking one, of a width that depends on the ICU version
    const spaced = (rate: number): string => formatPercent(rate).replace(/\s/g, ' ')
    try {
      setFormatLocale('es')
      expect([spaced(0.073), spaced(0.93), spaced(0.0004)]).toEqual(['7,3 %', '93 %', '<0,1 %'])
      setFormatLocale('fr')
      expect(spaced(0.996)).toBe('99 %')
    } finally {
      setFormatLocale('en')
    }
    expect([formatPercent(0.073), formatPercent(0), formatPercent(0.0004)]).toEqual(['7.3%', '0%', '<0.1%'])
  })

  it('does not write "10.0%" for what rounds up to ten', () => {
    expect(formatPercent(0.0994)).toBe('9.9%')
    expect(formatPercent(0.0996)).toBe('10%')
  })

  it.each([
    [0.996, '99%'],
    [0.9951, '99%'],
    [0.99999, '99%'],
    [1, '100%'],
  ])('never rounds up to all what is not all: %s → %s', (rate, text) => {
    expect(formatPercent(rate)).toBe(text)
  })

  it.each([
    [0.0004, '<0.1%'],
    [0.000001, '<0.1%'],
    [0.0005, '0.1%'],
    [0, '0%'],
  ])('never rounds down to none what is not none: %s → %s', (rate, text) => {
    expect(formatPercent(rate)).toBe(text)
  })

  it('shows a dash when there is nothing to divide by', () => {
    expect(formatPercent(null)).toBe('—')
    expect(formatPercent(undefined)).toBe('—')
    expect(formatPercent(Number.NaN)).toBe('—')
    expect(shareOf(3, 0)).toBe('—')
    expect(shareOf(45, 50)).toBe('90%')
    expect(shareOf(499, 500)).toBe('99%')
  })
})

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [undefined, '—'],
    [-1, '—'],
    [0.4, 'under 1 s'],
    [8.4, '8 s'],
    [59.4, '59 s'],
    [89, '1 min'],
    [119, '2 min'],
    [3599, '1 h'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
    [86_399, '1 day'],
    [86_400 + 4 * 3600, '1 day 4 h'],
    [3 * 86_400, '3 days'],
  ])('%s s reads as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it('speaks the window’s language, with its plurals', () => {
    try {
      setFormatLocale('es')
      expect(formatDuration(3 * 86_400)).toBe('3 días')
      expect(formatDuration(0.4)).toBe('menos de 1 s')
      expect(countryName(null, '')).toBe('País desconocido')
      setFormatLocale('ar')
      expect(formatDuration(2 * 86_400)).toBe('يومان')
    } finally {
      setFormatLocale('en')
    }
  })
})

describe('sizes, phones and places', () => {
  it('writes file sizes in the units people know', () => {
    expect(formatFileSize(900)).toBe('900 bytes')
    expect(formatFileSize(1)).toBe('1 byte')
    expect(formatFileSize(21 * 1024 + 300)).toBe('21 KB')
    expect(formatFileSize(5.25 * 1024 * 1024)).toBe('5.3 MB')
    // The free room on a disk: gigabytes from 1024 MB, not "512000.0 MB"
    expect(formatFileSize(1023 * 1024 * 1024)).toBe('1023.0 MB')
    expect(formatFileSize(500 * 1024 ** 3)).toBe('500.0 GB')
  })

  it('writes file sizes in the window’s language', () => {
    try {
      setFormatLocale('es')
      expect(formatFileSize(5.25 * 1024 * 1024)).toBe('5,3 MB')
      expect(formatFileSize(12.4 * 1024 ** 3)).toBe('12,4 GB')
      setFormatLocale('fr')
      // French spaces a figure from its unit with a narrow no-break space
      const sizes = [900, 21 * 1024, 5.25 * 1024 * 1024].map((bytes) =>
        formatFileSize(bytes).replace(/\s/g, ' '),
      )
      expect(sizes).toEqual(['900 octets', '21 ko', '5,3 Mo'])
    } finally {
      setFormatLocale('en')
    }
  })

  it('spaces phone numbers as people read them', () => {
    expect(formatPhone('+447700900123')).toBe('+44 7700 900123')
    expect(formatPhone(null)).toBe('')
    expect(formatPhone('not a number')).toBe('not a number')
  })

  it('names countries, and falls back to the calling code', () => {
    expect(countryName('GB', '44')).toBe('United Kingdom')
    expect(countryName(null, '999')).toBe('Other numbers (+999)')
    expect(countryName(null, '')).toBe('Unknown country')
  })

  it('writes hours and offsets as people do', () => {
    expect(formatHour(9)).toBe('09:00')
    expect(formatTimeOfDay(570)).toBe('09:30')
    expect(formatTimeOfDay(-30)).toBe('23:30')
    expect(formatOffset(0)).toBe('UTC')
    expect(formatOffset(120)).toBe('UTC+2')
    expect(formatOffset(-300)).toBe('UTC−5')
    expect(formatOffset(330)).toBe('UTC+5:30')
  })
})

describe('dates and times', () => {
  const moment = '2026-03-03T14:20:05Z'

  it('shows a moment in the zone it is asked for', () => {
    expect(formatDate(moment, utc)).toBe('3 Mar 2026')
    expect(formatDate('2026-03-03T23:30:00Z', kiritimati)).toBe('4 Mar 2026')
    expect(formatDate('2026-03-03T02:00:00Z', losAngeles)).toBe('2 Mar 2026')
    expect(formatDateTime(moment, utc)).toBe('3 Mar, 14:20')
    expect(formatDateTime(moment, kiritimati)).toBe('4 Mar, 04:20')
    expect(formatDateTime(moment, { ...utc, withYear: true })).toBe('3 Mar 2026, 14:20')
    expect(formatClock(moment, utc)).toBe('14:20')
    expect(formatClock(moment, { ...losAngeles, seconds: true })).toBe('06:20:05')
  })

  it('turns the year over where the zone has already reached it', () => {
    expect(formatDateTime('2026-12-31T23:30:00Z', { ...kiritimati, withYear: true })).toBe(
      '1 Jan 2027, 13:30',
    )
    expect(formatDateTime('2027-01-01T02:30:00Z', { ...losAngeles, withYear: true })).toBe(
      '31 Dec 2026, 18:30',
    )
  })

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('soon', utc)).toBe('soon')
    expect(formatDateTime('', utc)).toBe('')
    expect(formatClock('later', utc)).toBe('later')
    expect(formatWhen('never', utc)).toBe('never')
  })

  it('says the weekday within the coming week and the date beyond it, from the clock it is given', () => {
    const now = Date.parse('2026-03-03T10:00:00Z') // a Tuesday
    expect(formatWhen('2026-03-03T14:20:00Z', { ...utc, now })).toBe('Tue 14:20')
    expect(formatWhen('2026-03-08T09:00:00Z', { ...utc, now })).toBe('Sun 09:00')
    expect(formatWhen('2026-03-10T09:00:00Z', { ...utc, now })).toBe('10 Mar, 09:00')
    expect(formatWhen('2026-03-01T09:00:00Z', { ...utc, now })).toBe('1 Mar, 09:00')
    // Late on Tuesday in UTC is already Wednesday morning in Kiritimati.
    expect(formatWhen('2026-03-03T22:00:00Z', { ...kiritimati, now })).toBe('Wed 12:00')
  })

  it('shows a UTC day as that day in every zone', () => {
    expect(formatDay('2026-03-01')).toBe('1 Mar')
    expect(formatDay('2026-03-01', { withYear: true })).toBe('1 Mar 2026')
    expect(formatDay('not a day')).toBe('not a day')
  })
})
