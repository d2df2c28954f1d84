import { getCountries } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { countryTimeZones, isValidTimeZone, localMinutes, timeZoneForPhone } from './time-zones'

describe('countryTimeZones', () => {
  it('has a zone for every country a phone number can belong to', () => {
    const missing = getCountries().filter((country) => countryTimeZones[country] === undefined)
    expect(missing).toEqual([])
  })

  it('holds only zones the runtime knows', () => {
    const invalid = Object.entries(countryTimeZones).filter(([, timeZone]) => {
      try {
        new Intl.DateTimeFormat(undefined, { timeZone })
        return false
      } catch {
        return true
      }
    })
    expect(invalid).toEqual([])
  })
})

describe('timeZoneForPhone', () => {
  it('finds the zone from the country code', () => {
    expect(timeZoneForPhone('+447912345678')).toBe('Europe/London')
    expect(timeZoneForPhone('+525512345678')).toBe('America/Mexico_City')
    expect(timeZoneForPhone('+5511987654321')).toBe('America/Sao_Paulo')
    expect(timeZoneForPhone('+351912345678')).toBe('Europe/Lisbon')
    expect(timeZoneForPhone('+918041234567')).toBe('Asia/Kolkata')
  })

  it('uses the area code for big North American places and New York for the rest', () => {
    expect(timeZoneForPhone('+12125551234')).toBe('America/New_York')
    expect(timeZoneForPhone('+13125551234')).toBe('America/Chicago')
    expect(timeZoneForPhone('+14155551234')).toBe('America/Los_Angeles')
    expect(timeZoneForPhone('+16025551234')).toBe('America/Phoenix')
    expect(timeZoneForPhone('+16045551234')).toBe('America/Vancouver')
    expect(timeZoneForPhone('+14165551234')).toBe('America/Toronto')
  })

  it('lets the shop choose the zone for a country', () => {
    const overrides = { US: 'America/Chicago', BR: 'America/Manaus', GB: 'Not/AZone' }
    expect(timeZoneForPhone('+12125551234', overrides)).toBe('America/Chicago')
    expect(timeZoneForPhone('+14155551234', overrides)).toBe('America/Chicago')
    expect(timeZoneForPhone('+5511987654321', overrides)).toBe('America/Manaus')
    expect(timeZoneForPhone('+447912345678', overrides)).toBe('Europe/London')
  })

  it('falls back to UTC when the number says nothing', () => {
    expect(timeZoneForPhone('not a number')).toBe('UTC')
    expect(timeZoneForPhone('+999123')).toBe('UTC')
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
  })
})

describe('localMinutes', () => {
  it('reads the wall clock in the zone, summer time included', () => {
    const winterNoonUtc = Date.UTC(2025, 0, 15, 12, 0)
    const summerNoonUtc = Date.UTC(2025, 6, 15, 12, 30)
    expect(localMinutes(winterNoonUtc, 'UTC')).toBe(12 * 60)
    expect(localMinutes(winterNoonUtc, 'America/New_York')).toBe(7 * 60)
    expect(localMinutes(summerNoonUtc, 'America/New_York')).toBe(8 * 60 + 30)
    expect(localMinutes(summerNoonUtc, 'Asia/Kolkata')).toBe(18 * 60)
    expect(localMinutes(Date.UTC(2025, 0, 15, 0, 5), 'UTC')).toBe(5)
    expect(localMinutes(winterNoonUtc, 'Mars/Olympus')).toBe(12 * 60)
  })
})
